/** How sure the ingest is of a field, as the review page and its badges say it. */
export type ReviewLevel = 'review' | 'likely' | 'sure';

/** The badge text of each level. */
export const REVIEW_LEVEL_LABELS: Record<ReviewLevel, string> = { review: 'يحتاج مراجعة', likely: 'مرجّح', sure: 'مؤكد' };

/** A score's level against src/data/confidence.json's thresholds: below `review` an editor must look, from `sure` none need. */
export function scoreToLevel(score: number, thresholds: { review: number; sure: number }): ReviewLevel {
  if (score < thresholds.review) return 'review';
  return score < thresholds.sure ? 'likely' : 'sure';
}
