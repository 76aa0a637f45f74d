import { describe, expect, test } from 'vitest';
import { countryNear } from './countryOfPerson.ts';
import { findCountries } from './findCountries.ts';
import { findPhrases } from './phraseIndex.ts';
import { titleIndex } from './nameWords.ts';
import { articleToSentences } from './sentences.ts';

/** The country countryNear gives the person named `name` after the sentence's first title. */
const countryOf = (text: string, name: string) => {
  const sentence = articleToSentences({ title: text, paragraphs: [] })[0]!;
  const countries = findCountries([sentence]);
  const [title] = findPhrases(titleIndex, sentence.tokens);
  const words = name.split(' ');
  const start = sentence.tokens.findIndex((token) => token.norm === words[0]);
  return countryNear(sentence, countries, title!.start, title!.end, start, start + words.length);
};

describe('countryNear', () => {
  // a sentence, a name in it, and the country it must get
  test.each<[string, string, string | undefined]>([
    // a nisba between the title and the name
    ['التقى وزير الخارجية الياباني فوميو كيشيدا نظيره.', 'فوميو كيشيدا', 'JP'],
    // the nisba of the side a list is about
    ['فيما ترأس الجانب الزيمبابوي السفير جيمس مانزو المشاورات.', 'جيمس مانزو', 'ZW'],
    // a host after «لدى» is not the ambassador's country
    ['التقى سفير لدى اليابان كريم بن علي الوزير.', 'كريم بن علي', undefined],
    // a second title after the name with its country in construct (batch 61's vervain-08)
    ['استقبل السفير محمد أبو بكر سفير مصر لدى اليابان الوزير.', 'محمد أبو بكر', 'EG'],
    // … and with a nisba
    ['استقبل السفير محمد أبو بكر السفير المصري لدى اليابان الوزير.', 'محمد أبو بكر', 'EG'],
  ])('%s', (text, name, code) => {
    expect(countryOf(text, name)).toBe(code);
  });
});
