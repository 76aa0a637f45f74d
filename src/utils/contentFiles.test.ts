import { describe, expect, test } from 'vitest';
import { REVIEW_REPORT } from '../../scripts/ingest/cliOptions.ts';
import { DEFAULT_REVIEW_REPORT } from './contentFiles.ts';

// The site does not import the ingest's code (copies of the site for builds leave scripts/ out): this keeps the two equal.
describe('DEFAULT_REVIEW_REPORT', () => {
  test('is where the ingest writes the review report', () => {
    expect(DEFAULT_REVIEW_REPORT).toBe(REVIEW_REPORT);
  });
});
