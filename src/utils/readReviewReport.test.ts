import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, expectTypeOf, test } from 'vitest';
import type { SeedReport } from '../../scripts/ingest/reviewReport.ts';
import { REVIEW_FIXTURE_SEEDS, seedsToReviewReport } from '../../tests/helpers/seedsToReviewReport.ts';
import type { SeedReview } from '../schemas/reviewReport.ts';
import { readReviewReport } from './readReviewReport.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'review-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const seeds = Object.fromEntries(Object.entries(REVIEW_FIXTURE_SEEDS).map(([name, path]) => [name, join(root, path)]));
const written = (name: string, text: string) => {
  const file = join(work, name);
  writeFileSync(file, text);
  return file;
};

// What the schema reads is what the ingest declares it writes: checked by tsc (npm run typecheck) when either changes.
expectTypeOf<SeedReview>().toExtend<SeedReport>();

describe('readReviewReport', () => {
  test('reads the report the ingest writes, every seed with its event or none', () => {
    const report = seedsToReviewReport(seeds);
    const read = readReviewReport(written('report.json', `${JSON.stringify(report, null, 1)}\n`));
    expect(read).toEqual(report);
    expect(read?.map((seed) => [seed.seed, seed.event === null])).toEqual([
      ['a_no_year.txt', true],
      ['b_no_city.txt', false],
      ['c_likely.txt', false],
    ]);
  });

  test('gives undefined for a missing report (a fresh clone before any ingest), or when no report is named', () => {
    expect(readReviewReport(join(work, 'none.json'))).toBeUndefined();
    expect(readReviewReport(undefined)).toBeUndefined();
  });

  test('gives an empty list for a run without seeds', () => {
    expect(readReviewReport(written('empty.json', '[]\n'))).toEqual([]);
  });

  test('throws on a report that is not JSON, naming the file', () => {
    const file = written('cut.json', '[{"seed": "a.txt", "ev');
    expect(() => readReviewReport(file)).toThrow(new RegExp(`^${file}: the review report is not valid JSON`));
  });

  test('throws on a report of the wrong shape, naming the file and the field', () => {
    const [seed] = seedsToReviewReport({ 'b_no_city.txt': seeds['b_no_city.txt']! });
    const file = written('shape.json', JSON.stringify([{ ...seed, event: 'Not A Slug', fields: { ...seed!.fields, date: '2025-02-30' } }]));
    expect(() => readReviewReport(file)).toThrow(file);
    expect(() => readReviewReport(file)).toThrow(/0\.event: expected a Latin slug/);
    expect(() => readReviewReport(file)).toThrow(/0\.fields\.date: not a real calendar day/);
    expect(() => readReviewReport(written('object.json', '{"seeds": []}'))).toThrow(/\(top\)/);
  });
});
