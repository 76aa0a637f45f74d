import { describe, expect, test } from 'vitest';
import { classifyParties } from './classifyParties.ts';
import { markOtherDateSentences, extractDate } from './extractDate.ts';
import { findCountries } from './findCountries.ts';
import { findOfficials } from './findOfficials.ts';
import { readSidesOf } from './readSidesOf.ts';
import { articleToSentences } from './sentences.ts';
import type { ArticleText } from './types.ts';

/** The sides read from an article the way extractEvent reads them. */
function read(article: ArticleText) {
  const read = articleToSentences(article);
  const sentences = markOtherDateSentences(read, extractDate(read, article.publishedAt, article.dateline));
  const countries = findCountries(sentences);
  const people = findOfficials(sentences, countries);
  return readSidesOf(sentences, countries, people, article, classifyParties(sentences, countries, people.officials));
}

describe('readSidesOf', () => {
  test('a person of no country the text tells is Japanese by the shape of the name, for an editor to confirm', () => {
    const sides = read({ title: 'وزير الخارجية الكيني يستقبل المبعوث الياباني', paragraphs: ['نيروبي - استقبل وزير الخارجية الكيني ألفريد موتوا في مكتبه بنيروبي السفير شينسوكي شيميزو، وبحث معه جهود السلام في القرن الأفريقي.'] });
    expect(sides.sides.parties).toEqual(['JP', 'KE']);
    expect(sides.officials.map((official) => [official.name, official.country])).toEqual(expect.arrayContaining([['ألفريد موتوا', 'KE'], ['شينسوكي شيميزو', 'JP']]));
    expect(sides.byShape).toEqual(['شينسوكي شيميزو']);
    expect(sides.warnings.some((warning) => warning.includes('شينسوكي شيميزو') && warning.includes('JP from the shape of the name'))).toBe(true);
  });

  test('the format and the place come from the sides: two foreign ministers in one party\'s capital', () => {
    const sides = read({ title: 'موتيغي يلتقي نظيره المصري في القاهرة', paragraphs: ['القاهرة - التقى وزير الخارجية الياباني توشيميتسو موتيغي نظيره المصري سامح شكري في القاهرة، وبحثا العلاقات الثنائية.'] });
    expect(sides.formats.format).toBe('foreign-ministers-meeting');
    expect(sides.place.location).toEqual({ city: 'القاهرة', country: 'EG' });
    expect(sides.leftOut).toEqual([]);
  });
});
