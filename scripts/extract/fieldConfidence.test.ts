import { describe, expect, test } from 'vitest';
import { CONFIDENCE } from '../../src/data/index.ts';
import { confidenceToReviewFields, confidenceToText, readingsToConfidence, reasonToConfidence, surerConfidence, type Readings } from './fieldConfidence.ts';

const plain: Readings = {
  dates: { date: { date: '2025-01-07', precision: 'day' }, basis: 'written' },
  sides: { parties: ['JP', 'US'], basis: 'clear' },
  formats: { format: 'foreign-ministers-meeting', basis: 'named' },
  place: { location: { city: 'طوكيو', country: 'JP' }, basis: 'told' },
  officials: { listed: 2, leftOut: [], byShape: [], unconfirmed: [] },
};

describe('readingsToConfidence', () => {
  test('a text that tells every field plainly leaves nothing to review', () => {
    expect(confidenceToReviewFields(readingsToConfidence(plain))).toEqual([]);
  });

  // Each reading and the fields it sends to review.
  test.each<[string, Partial<Readings>, string[]]>([
    ['a date the text contradicts', { dates: { review: 'two days', basis: undefined } }, ['date']],
    ['a date without a year', { dates: { partialDate: { month: 5, day: 3 } } }, ['date']],
    ['no date', { dates: {} }, ['date']],
    ['a date counted from the publication day', { dates: { date: { date: '2025-01-06', precision: 'day' }, basis: 'relative' } }, []],
    ['two partners', { sides: { parties: ['JP', 'KR', 'US'], basis: 'several' } }, ['parties']],
    ['a partner inferred', { sides: { parties: ['JP', 'US'], basis: 'inferred' } }, []],
    ['no format', { formats: { format: 'other', basis: 'none' } }, ['format']],
    // body words alone gave the right format for 12 of 16 development articles (2026-12-02): not sure enough to state
    ['a format from body words', { formats: { format: 'summit', basis: 'keywords' } }, ['format']],
    ['only the country', { place: { location: { city: '', country: 'US' }, basis: 'countryOnly' } }, ['location']],
    ['a town not in the gazetteer', { place: { location: { city: 'مونستر', country: 'DE' }, basis: 'unknownTown' } }, ['location']],
    ['a dateline city', { place: { location: { city: 'القاهرة', country: 'EG' }, basis: 'dateline' } }, []],
    ['a call', { place: { location: { city: '', country: '' }, basis: 'call' } }, []],
    ['no place', { place: { basis: 'none' } }, ['location']],
    ['a name not in the gazetteer', { officials: { listed: 2, leftOut: [], byShape: [], unconfirmed: ['س ص'] } }, ['officials']],
    ['a person left out', { officials: { listed: 1, leftOut: ['س ص'], byShape: [], unconfirmed: [] } }, ['officials']],
    ['a country from the name', { officials: { listed: 1, leftOut: [], byShape: ['تارو'], unconfirmed: [] } }, []],
    ['a person named only past the lede and the paragraph after it', { officials: { listed: 2, leftOut: [], byShape: [], unconfirmed: [], namedLate: ['توشيميتسو موتيغي'] } }, ['officials']],
    ['nobody named', { officials: { listed: 0, leftOut: [], byShape: [], unconfirmed: [] } }, ['officials']],
  ])('%s', (_, readings, fields) => {
    expect(confidenceToReviewFields(readingsToConfidence({ ...plain, ...readings }))).toEqual(fields);
  });

  test('says what the reason is about', () => {
    const confidence = readingsToConfidence({ ...plain, officials: { listed: 2, leftOut: [], byShape: [], unconfirmed: ['سامي صالح'] } });
    expect(confidence.officials).toEqual({ score: CONFIDENCE.reasons.officialsUnconfirmed!.score, reason: 'officialsUnconfirmed', detail: 'سامي صالح' });
    expect(confidenceToText(confidence.officials)).toBe('0.50 names not in the gazetteer, to be confirmed (سامي صالح)');
  });
});

describe('reasonToConfidence', () => {
  test('names the table when a reason is not in it', () => {
    expect(() => reasonToConfidence('noSuchReason')).toThrow(/src\/data\/confidence\.json has no reason "noSuchReason"/);
  });
  test('an editor’s value is surer than any reading', () => {
    expect(surerConfidence(reasonToConfidence('locationTold'), reasonToConfidence('editorial')).reason).toBe('editorial');
  });
});
