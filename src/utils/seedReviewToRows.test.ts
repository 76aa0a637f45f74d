import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REVIEW_FIXTURE_SEEDS, seedsToReviewReport } from '../../tests/helpers/seedsToReviewReport.ts';
import { CONFIDENCE } from '../data/index.ts';
import type { SeedReview } from '../schemas/reviewReport.ts';
import { seedReviewToRows } from './seedReviewToRows.ts';
import { yamlToData } from './yaml.ts';

const root = resolve(import.meta.dirname, '../..');
const report = seedsToReviewReport(Object.fromEntries(Object.entries(REVIEW_FIXTURE_SEEDS).map(([name, path]) => [name, resolve(root, path)])));
const seed = (name: string) => report.find((entry) => entry.seed === name)! as SeedReview;
const row = (rows: ReturnType<typeof seedReviewToRows>, field: string) => rows.find((candidate) => candidate.field === field);

describe('seedReviewToRows', () => {
  test('a published event without a place: the place is to review, scored 0, with its Arabic reason and an empty snippet to fill', () => {
    const rows = seedReviewToRows(seed('b_no_city.txt'), 'ملخص الحدث');
    expect(row(rows, 'location')).toEqual({
      field: 'location',
      label: 'المكان',
      value: '',
      level: 'review',
      score: 0,
      reason: CONFIDENCE.reasons.locationNone!.ar,
      snippet: 'location:\n  value:\n    city: ""\n    country: ""\n  citation: ""\n',
    });
    expect(row(rows, 'date')).toMatchObject({ level: 'sure', value: '10 مارس 2025', score: 0.95, detail: '2025-03-10' });
    expect(row(rows, 'date')).not.toHaveProperty('snippet');
    expect(row(rows, 'parties')).toMatchObject({ level: 'sure', value: 'الهند، اليابان' });
    expect(row(rows, 'summary')).toMatchObject({ level: 'sure', value: 'ملخص الحدث' });
    expect(rows.map((r) => r.field)).toEqual(['title', 'summary', 'date', 'parties', 'mentions', 'format', 'location', 'officials']);
  });

  test('a seed with no year: the date is to review with nothing read, and the summary it does not have yet is left out', () => {
    const rows = seedReviewToRows(seed('a_no_year.txt'));
    expect(row(rows, 'date')).toMatchObject({ level: 'review', value: '', score: 0, reason: CONFIDENCE.reasons.datePartial!.ar });
    expect(yamlToData(row(rows, 'date')!.snippet!)).toEqual({ date: { value: '', precision: 'day', citation: '' } });
    expect(row(rows, 'location')).toMatchObject({ level: 'sure', value: 'سيول، كوريا الجنوبية' });
    expect(row(rows, 'summary')).toBeUndefined();
  });

  test('a relative date is likely, and its snippet holds the day the ingest counted', () => {
    const rows = seedReviewToRows(seed('c_likely.txt'), 'ملخص');
    expect(row(rows, 'date')).toMatchObject({ level: 'likely', score: 0.75, reason: CONFIDENCE.reasons.dateRelative!.ar });
    expect(yamlToData(row(rows, 'date')!.snippet!)).toEqual({ date: { value: '2025-03-11', precision: 'day', citation: '' } });
    expect(rows.filter((r) => r.level !== 'sure').map((r) => r.field)).toEqual(['date']);
  });

  test("a field the ingest lists for review is to review whatever its score, with the ingest's words", () => {
    const base = seed('c_likely.txt');
    const rows = seedReviewToRows({ ...base, review: [{ field: 'format', why: 'format: two mechanisms named' }] });
    expect(row(rows, 'format')).toMatchObject({ level: 'review', score: 0.95, why: 'format: two mechanisms named' });
    expect(row(rows, 'format')!.snippet).toContain('format:\n  value: "foreign-ministers-meeting"');
  });

  test('levels follow the thresholds given', () => {
    const rows = seedReviewToRows(seed('c_likely.txt'), 'ملخص', { ...CONFIDENCE, thresholds: { review: 0.8, sure: 0.99 } });
    expect(row(rows, 'date')!.level).toBe('review');
    expect(row(rows, 'format')!.level).toBe('likely');
  });

  test('a seed that could not be read at all has only the fields its errors name', () => {
    const rows = seedReviewToRows({ ...seed('a_no_year.txt'), confidence: undefined, review: [{ field: 'date', why: 'seeds/x.txt: needs review' }] });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ field: 'date', level: 'review', why: 'seeds/x.txt: needs review' });
    expect(rows[0]).not.toHaveProperty('score');
  });
});
