import { z } from 'astro/zod';

/** The event fields whose confidence the ingest reports. */
export const CONFIDENCE_FIELDS = ['title', 'summary', 'date', 'parties', 'mentions', 'format', 'location', 'officials'] as const;

/** One reason a field has its value, and how sure that reason makes it. */
export const confidenceReason = z
  .object({
    /** The field the reason is about, or `any` for a reason every field can have (an editor's value). */
    field: z.enum([...CONFIDENCE_FIELDS, 'any']),
    /** 0 (a guess the ingest refuses to make) to 1 (an editor's cited value). */
    score: z.number().min(0).max(1),
    /** Why, for the CLI and the report. */
    en: z.string().min(1),
    /** Why, for the site's review page. */
    ar: z.string().min(1),
  })
  .strict();

/** src/data/confidence.json: the thresholds and every reason. */
export const confidenceTable = z
  .object({
    $comment: z.string(),
    thresholds: z.object({ sure: z.number().min(0).max(1), review: z.number().min(0).max(1) }).strict(),
    reasons: z.record(z.string().regex(/^[a-z][A-Za-z]+$/), confidenceReason),
  })
  .strict()
  .refine((table) => table.thresholds.review <= table.thresholds.sure, { message: 'thresholds.review must not be above thresholds.sure', path: ['thresholds'] });

export type ConfidenceField = (typeof CONFIDENCE_FIELDS)[number];
