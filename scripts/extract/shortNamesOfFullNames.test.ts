import { describe, expect, test } from 'vitest';
import { gazetteerIndex } from './gazetteerPeople.ts';
import { findPhrases } from './phraseIndex.ts';
import { articleToSentences } from './sentences.ts';
import { shortNamesOfFullNames } from './shortNamesOfFullNames.ts';

/** The people each gazetteer match of the article names, in reading order. */
const peopleIn = (title: string, ...paragraphs: string[]) => {
  const sentences = articleToSentences({ title, paragraphs });
  return shortNamesOfFullNames(sentences, sentences.map((sentence) => findPhrases(gazetteerIndex, sentence.tokens))).flat().map((match) => match.value.join('|'));
};

describe('shortNamesOfFullNames', () => {
  test('the headline\'s short name is the person the lede names in full', () => {
    expect(peopleIn('بدر البوسعيدي يستقبل الوزير الياباني', 'استقبل معالي السيد بدر بن سعود بن حارب البوسعيدي الوزير الياباني.')).toEqual(['badr-bin-saud-al-busaidi', 'badr-bin-saud-al-busaidi']);
  });
  test('its own person, when the article names him in full first', () => {
    expect(peopleIn('بدر البوسعيدي يستقبل الوزير الياباني', 'استقبل السيد بدر بن حمد بن حمود البوسعيدي الوزير الياباني، ثم التقاه بدر بن سعود بن حارب البوسعيدي.')[0]).toBe('badr-albusaidi');
  });
  test('no other person\'s name in another order («الحسين بن عبدالله الثاني» is not the king)', () => {
    expect(peopleIn('استقبل الملك عبدالله الثاني ابن الحسين الوزير الياباني', 'وحضر اللقاء ولي العهد الأمير الحسين بن عبدالله الثاني.')).toContain('hussein-bin-abdullah');
  });
});
