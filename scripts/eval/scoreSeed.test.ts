import { describe, expect, test } from 'vitest';
import { sameCity, scoreSeed } from './scoreSeed.ts';

describe('sameCity', () => {
  test.each<[string, string, boolean]>([
    // a gazetteer alias
    ['مدينة الكويت', 'الكويت', true],
    // pairs64's pair-197 (Sahara Medias): the Maghreb's «دكار» for Dakar
    ['دكار', 'داكار', true],
    // batch 113's starwort-01: the gazetteer keeps «مدينة» in a name that is a person's too (Heiko), the label does not
    ['مدينة هايكو', 'هايكو', true],
    ['هايكو', 'مدينة هايكو', true],
    // spelling folded
    ['عمّان', 'عمان', true],
    ['طوكيو', 'أوساكا', false],
    ['مدينة هايكو', 'بكين', false],
  ])('%s and %s → %s', (a, b, same) => {
    expect(sameCity(a, b)).toBe(same);
  });
});

describe('scoreSeed', () => {
  const label = {
    file: 'a.txt', source: 'https://example.org/a', outlet: 'x', title: 'عنوان', date: '2006-07-12', datePrecision: 'day' as const, dateTrue: '2006-07-12', dateHow: 'x',
    parties: ['JO', 'JP'], mentions: ['IL', 'LB'], format: 'summit', formats: ['summit'], location: { city: 'العقبة', country: 'JO' }, locationTrue: { city: 'العقبة', country: 'JO' },
    officials: [], clutter: ['x'], keep: ['y'],
  };
  const report = (parties: string[], mentions: string[], review: Array<{ field: 'parties' }>) => ({
    seed: 'a.txt', event: null, errors: [], warnings: [], review: review.map((item) => ({ ...item, message: 'm' })), unconfirmedOfficials: [],
    fields: { title: 'عنوان', date: '2006-07-12', datePrecision: 'day' as const, parties, mentions, format: 'summit', formats: ['summit'], location: { city: 'العقبة', country: 'JO' }, officials: [] },
  });
  // parties the ingest leaves for the editor: the mentions are those it writes once the editor names them
  test.each<[string[], string[], Array<{ field: 'parties' }>, boolean, boolean]>([
    [['IL', 'JO', 'JP'], ['LB'], [{ field: 'parties' }], false, true],
    [['IL', 'JO', 'JP'], [], [{ field: 'parties' }], false, false],
    // parties written: the mentions as written
    [['JO', 'JP'], ['IL', 'LB'], [], true, true],
    [['IL', 'JO', 'JP'], ['LB'], [], false, false],
  ])('parties %j, mentions %j, review %j → parties %s, mentions %s', (parties, mentions, review, partiesRight, mentionsRight) => {
    const score = scoreSeed(label as never, report(parties, mentions, review) as never, 'y');
    expect([score.parties, score.mentions]).toEqual([partiesRight, mentionsRight]);
  });
  // a label that accepts another reading («official-visit» or «other» for a courtesy call): strict format, or accepted
  test.each<[string, string[], string, boolean, boolean]>([
    ['other', ['other', 'official-visit'], 'official-visit', false, true],
    ['other', ['other', 'official-visit'], 'other', true, true],
    ['other', ['other'], 'official-visit', false, false],
  ])('label %s (accepting %j), written %s → format %s, accepted %s', (format, formats, written, right, accepted) => {
    const withFormat = { ...report(['JO', 'JP'], ['IL', 'LB'], []), fields: { ...report(['JO', 'JP'], ['IL', 'LB'], []).fields, format: written } };
    const score = scoreSeed({ ...label, format, formats } as never, withFormat as never, 'y');
    expect([score.format, score.formatAccepted]).toEqual([right, accepted]);
  });
});
