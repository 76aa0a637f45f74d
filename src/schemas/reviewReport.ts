import { z } from 'astro/zod';
import { CONFIDENCE_FIELDS, confidenceSchema } from './confidence.ts';
import { formatSlug, officialSchema } from './event.ts';
import { countryCode, isoDay, slug } from './primitives.ts';

/** A field an editor must look at, and why (the ingest's English words). */
export const reviewItemSchema = z.object({ field: z.enum(CONFIDENCE_FIELDS), why: z.string().min(1) });

/** What the ingest made of one seed (scripts/ingest/reviewReport.ts, `SeedReport`): its event or why it has none, and every field as read. */
export const seedReportSchema = z.object({
  /** The seed file's name. */
  seed: z.string().min(1),
  /** The event's id, or null when the seed needs review before it can be published. */
  event: slug.nullable(),
  errors: z.array(z.string()),
  warnings: z.array(z.string()),
  review: z.array(reviewItemSchema),
  /** Absent for a seed that could not be read at all. */
  confidence: confidenceSchema.optional(),
  fields: z.object({
    title: z.string(),
    date: isoDay.optional(),
    datePrecision: z.enum(['day', 'month', 'year']).optional(),
    dateSource: z.enum(['text', 'editorial']).optional(),
    parties: z.array(countryCode),
    mentions: z.array(countryCode),
    format: formatSlug,
    formats: z.array(formatSlug),
    location: z.object({ city: z.string(), country: countryCode.or(z.literal('')) }),
    officials: z.array(officialSchema),
  }),
  unconfirmedOfficials: z.array(z.string()),
  /** For a seed without an event: the cleaned article text that was read. */
  text: z.string().optional(),
});

/** `.cache/review/report.json`, written by every `npm run ingest`: one entry per seed, in seed-name order. */
export const reviewReportSchema = z.array(seedReportSchema);

export type SeedReview = z.infer<typeof seedReportSchema>;
export type ReviewItem = z.infer<typeof reviewItemSchema>;
