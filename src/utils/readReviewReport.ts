import { existsSync, readFileSync } from 'node:fs';
import { reviewReportSchema, type SeedReview } from '../schemas/reviewReport.ts';

/**
 * The ingest's review report, checked against its schema; undefined when there is none yet (a fresh clone before any
 * ingest), so the review page can say so instead of failing the build. Throws, naming the file, on bad JSON or shape.
 */
export function readReviewReport(file: string | undefined): SeedReview[] | undefined {
  if (!file || !existsSync(file)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: the review report is not valid JSON (${(error as Error).message}); run npm run ingest to write it again`);
  }
  const result = reviewReportSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 10).map((issue) => `  ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  throw new Error(`${file} does not match the review report's schema (src/schemas/reviewReport.ts); run npm run ingest to write it again:\n${problems.join('\n')}`);
}
