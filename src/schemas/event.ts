import { z } from 'astro/zod';
import { HOME_COUNTRY } from '../config.ts';
import { FORMAT_SLUGS } from '../data/index.ts';
import { CONFIDENCE_FIELDS } from './confidence.ts';
import { countryCode, isoDay, slug } from './primitives.ts';

export { countryCode, isoDay } from './primitives.ts';

/** A dialogue format slug of SPEC §3.3. */
export const formatSlug = z.enum(FORMAT_SLUGS);

const sortedUnique = (codes: string[]) => codes.every((code, i) => i === 0 || codes[i - 1]! < code);

/** An official who took part in the event. */
export const officialSchema = z
  .object({
    /** Stable Latin slug, the same wherever and however the name is spelled. */
    id: slug,
    /** The name in Arabic, as the gazetteer or the article spells it. */
    name: z.string().min(1),
    /** Other spellings met in the seeds (Arabic or Latin). */
    aliases: z.array(z.string().min(1)),
    /** The country the official serves. */
    country: countryCode,
    /** The official's role at the time, in Arabic. */
    role: z.string(),
  })
  .strict();

/** Where the article came from. */
export const sourceSchema = z
  .object({
    /** The outlet's name, e.g. البوابة نيوز. */
    outlet: z.string().min(1).optional(),
    /** The article's address. */
    url: z.url().optional(),
    /** The publication day. */
    publishedAt: isoDay.optional(),
  })
  .strict();

/** The frontmatter of one event entry (SPEC §3.1); field names are fixed because other tools read them. */
export const eventSchema = z
  .object({
    /** Arabic headline, cleaned of breadcrumbs and site names. */
    title: z.string().min(1),
    /** One or two Arabic sentences, at most 300 characters. */
    summary: z.string().min(1).max(300),
    /** The day the event happened (not the publication day). */
    date: isoDay,
    /** How much of `date` is known. */
    datePrecision: z.enum(['day', 'month', 'year']),
    /** Whether the date was read from the article or supplied by an editor's sidecar. */
    dateSource: z.enum(['text', 'editorial']),
    /** The countries that met, sorted; always includes JP. */
    parties: z
      .array(countryCode)
      .min(2)
      .refine((codes) => codes.includes(HOME_COUNTRY), `parties must include ${HOME_COUNTRY}`)
      .refine(sortedUnique, 'parties must be sorted and unique'),
    /** Countries the article discusses that are not parties, sorted. */
    mentions: z.array(countryCode).refine(sortedUnique, 'mentions must be sorted and unique'),
    /** The main dialogue format. */
    format: formatSlug,
    /** Every format the event involved, the main one first. */
    formats: z.array(formatSlug).min(1),
    /** Where it took place: an Arabic city name and an ISO country code; both empty when the article does not say and no editor has yet. */
    location: z.object({ city: z.string(), country: countryCode.or(z.literal('')) }).strict(),
    /** Who took part. */
    officials: z.array(officialSchema),
    /** Fields the ingest is not sure of and no editor has settled yet (src/data/confidence.json): shown as awaiting review. */
    review: z.array(z.enum(CONFIDENCE_FIELDS)).min(1).optional(),
    /** The article (or, for an event told by several seeds, the articles) it came from. */
    source: z.union([sourceSchema, z.array(sourceSchema).min(1)]),
    /** The seed file's name, or the list of names when several seeds tell one event. */
    seed: z.union([z.string().min(1), z.array(z.string().min(1)).min(2)]),
  })
  .strict()
  .refine((event) => event.formats[0] === event.format, { message: 'formats must start with format', path: ['formats'] });

export type EventData = z.infer<typeof eventSchema>;
export type Official = z.infer<typeof officialSchema>;
export type Source = z.infer<typeof sourceSchema>;
