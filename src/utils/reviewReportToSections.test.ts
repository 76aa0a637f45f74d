import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REVIEW_FIXTURE_SEEDS, seedsToReviewReport } from '../../tests/helpers/seedsToReviewReport.ts';
import type { SeedReview } from '../schemas/reviewReport.ts';
import { reviewReportToSections } from './reviewReportToSections.ts';

const root = resolve(import.meta.dirname, '../..');
const read: SeedReview[] = seedsToReviewReport(Object.fromEntries(Object.entries(REVIEW_FIXTURE_SEEDS).map(([name, path]) => [name, resolve(root, path)])));
const likely = read.find((seed) => seed.seed === 'c_likely.txt')!;
// The likely event once an editor has cited its date: every field sure.
const report = [...read, { ...likely, seed: 'd_sure.txt', confidence: { ...likely.confidence!, date: { score: 1, reason: 'editorial' } } }];
const names = (seeds: SeedReview[]) => seeds.map((seed) => seed.seed);

describe('reviewReportToSections', () => {
  test('lists seeds without an event, events to review and likely events apart, and counts the sure ones', () => {
    const sections = reviewReportToSections(report);
    expect(names(sections.unpublished)).toEqual(['a_no_year.txt']);
    expect(names(sections.toReview)).toEqual(['b_no_city.txt']);
    expect(names(sections.likely)).toEqual(['c_likely.txt']);
    expect(sections.sure).toBe(1);
  });

  test('follows the thresholds: with a higher review threshold the likely event is to review', () => {
    const sections = reviewReportToSections(report, { review: 0.8, sure: 0.9 });
    expect(names(sections.toReview)).toEqual(['b_no_city.txt', 'c_likely.txt']);
    expect(sections.likely).toEqual([]);
  });

  test("an event that a warning sends to review is to review even when every score is sure", () => {
    const sure = report.find((seed) => seed.seed === 'd_sure.txt')!;
    const sections = reviewReportToSections([{ ...sure, review: [{ field: 'location', why: 'the place is a guess' }] }]);
    expect(names(sections.toReview)).toEqual(['d_sure.txt']);
  });

  test('an empty report has empty lists', () => {
    expect(reviewReportToSections([])).toEqual({ unpublished: [], toReview: [], likely: [], sure: 0 });
  });
});
