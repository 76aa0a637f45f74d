import { CONFIDENCE } from '../data/index.ts';
import type { SeedReview } from '../schemas/reviewReport.ts';

/** The review page's lists, each in seed-name order. */
export interface ReviewSections {
  /** Seeds with no event: they need review before they can be published. */
  unpublished: SeedReview[];
  /** Published events with a field below the review threshold or named by a warning. */
  toReview: SeedReview[];
  /** Published events whose least sure field lies between the two thresholds («مرجّح»). */
  likely: SeedReview[];
  /** Published events every field of which is sure. */
  sure: number;
}

/** Sorts the report's seeds into the review page's lists. */
export function reviewReportToSections(report: readonly SeedReview[], thresholds: { review: number; sure: number } = CONFIDENCE.thresholds): ReviewSections {
  const sections: ReviewSections = { unpublished: [], toReview: [], likely: [], sure: 0 };
  for (const seed of report) {
    const scores = Object.values(seed.confidence ?? {}).map((confidence) => confidence.score);
    if (seed.event === null) sections.unpublished.push(seed);
    else if (seed.review.length > 0 || scores.some((score) => score < thresholds.review)) sections.toReview.push(seed);
    else if (scores.some((score) => score < thresholds.sure)) sections.likely.push(seed);
    else sections.sure++;
  }
  return sections;
}
