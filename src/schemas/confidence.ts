import { z } from 'astro/zod';
import { CONFIDENCE_FIELDS } from './tables/confidence.ts';

export { CONFIDENCE_FIELDS, type ConfidenceField } from './tables/confidence.ts';

/** How sure the ingest is of one field, and why. */
export const fieldConfidenceSchema = z
  .object({
    /** 0 to 1, the score of the reason (src/data/confidence.json). */
    score: z.number().min(0).max(1),
    /** The reason's key in src/data/confidence.json. */
    reason: z.string().min(1),
    /** What in the text the reason is about, quoted or named. */
    detail: z.string().optional(),
  })
  .strict();

/** The confidence of every field of an event. */
export const confidenceSchema = z.object(Object.fromEntries(CONFIDENCE_FIELDS.map((field) => [field, fieldConfidenceSchema])) as Record<(typeof CONFIDENCE_FIELDS)[number], typeof fieldConfidenceSchema>).strict();

export type FieldConfidence = z.infer<typeof fieldConfidenceSchema>;
export type Confidence = z.infer<typeof confidenceSchema>;
