// The review report the CLI would write for some seed files, made by the ingest's own stages in memory.
import { readFileSync } from 'node:fs';
import { createSeedContext, runSeedAndBuild } from '../../scripts/ingest/pipeline.ts';
import { outcomesToPlan } from '../../scripts/ingest/planRun.ts';
import { outcomesToReport, type SeedReport } from '../../scripts/ingest/reviewReport.ts';

/** The report of a run over `seeds` (seed name → file to read), in seed-name order as the CLI runs them. */
export function seedsToReviewReport(seeds: Record<string, string>): SeedReport[] {
  const label = (name: string) => `seeds/${name}`;
  const inputs = Object.keys(seeds)
    .sort()
    .map((name) => ({ name, label: label(name), bytes: readFileSync(seeds[name]!) }));
  const context = createSeedContext();
  const outcomes = inputs.map((input) => runSeedAndBuild(input, context));
  const plan = outcomesToPlan(outcomes, { existing: new Map() }, label);
  return outcomesToReport(outcomes, plan, inputs.map((input) => input.name));
}

/** The review page's test seeds (tests/fixtures/review): one with no year, one with no place, one with a relative date. */
export const REVIEW_FIXTURE_SEEDS = {
  'a_no_year.txt': 'tests/fixtures/ingest/no-year/input.txt',
  'b_no_city.txt': 'tests/fixtures/review/no-city.txt',
  'c_likely.txt': 'tests/fixtures/review/likely.txt',
};
