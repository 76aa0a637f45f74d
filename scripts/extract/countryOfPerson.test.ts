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
  // pairs49's pair-167 and pairs57's pair-183, pair-184: the nisba closing the previous person's office, before a comma,
  // is not the counterpart's («X، المدير العام … في الخارجية اليابانية، ونظيره Y»); right before «نظيره»'s next title it is
  test.each<[string, string | undefined]>([
    ['وجمع اللقاء ماساكي كاناي، المدير العام لمكتب شؤون آسيا في الخارجية اليابانية، ونظيره ليو جين سونغ، المدير العام.', undefined],
    ['التقى الوزير نظيره السعودي الأمير فيصل بن فرحان.', 'SA'],
  ])('the title before the name: %s', (text, code) => {
    const sentence = articleToSentences({ title: text, paragraphs: [] })[0]!;
    const name = sentence.tokens.findIndex((token) => token.norm === 'ليو' || token.norm === 'فيصل');
    const title = findPhrases(titleIndex, sentence.tokens).filter((match) => match.end <= name).at(-1)!;
    expect(countryNear(sentence, findCountries([sentence]), title.start, title.end, name, name + 3)).toBe(code);
  });
});
