import { z } from 'astro/zod';
import { FORMAT_SLUGS } from '../../src/data/index.ts';
import { countryCode, isoDay } from '../../src/schemas/primitives.ts';

const person = z
  .object({
    /** The name as the article spells it (its fullest form there), without titles. */
    name: z.string().min(1),
    /** The name as the English press writes it. */
    nameEn: z.string().min(1),
    country: countryCode,
  })
  .strict();

const place = z.object({ city: z.string(), country: countryCode.or(z.literal('')) }).strict();
const format = z.enum(FORMAT_SLUGS);
const sortedCodes = z.array(countryCode).refine((codes) => codes.every((code, i) => i === 0 || codes[i - 1]! < code), 'must be sorted and unique');

/** One labelled article of the extraction corpus. */
/**
 * A string the eval looks for in the event: one with a character that folding keeps (a rule of tatweel «ــــــــ» or
 * dashes alone folds to nothing, which every text "contains").
 */
const lookedForString = z.string().regex(/[^\s\u0640\p{P}\p{S}]/u, 'a string of rules and marks alone is found in every text: give a line with words');

export const corpusLabel = z
  .object({
    /** The article's file name in the corpus folder. */
    file: z.string().regex(/\.txt$/),
    /** The public report the facts were checked against. */
    source: z.url(),
    sources: z.array(z.url()).optional(),
    /** The outlet whose house style the page imitates. */
    outlet: z.string(),
    /** The headline as it stands in the file. */
    title: z.string().min(1),
    /** The event's day as the page settles it; null when it does not (the ingest must refuse). */
    date: isoDay.nullable(),
    datePrecision: z.enum(['day', 'month', 'year']).optional(),
    /** The real date, from public reporting. */
    dateTrue: isoDay,
    /** How the page gives the date, or why it does not. */
    dateHow: z.string(),
    parties: sortedCodes.refine((codes) => codes.includes('JP') && codes.length >= 2, 'parties must include JP and a partner'),
    mentions: sortedCodes,
    format,
    formats: z.array(format).min(1),
    /** Where it took place as the page says (city '' when only the country is said; both '' when nothing is). */
    location: place,
    locationTrue: place,
    /** The people named who took part. */
    officials: z.array(person),
    /** The people named who did not take part. */
    notParticipants: z.array(person.extend({ why: z.string() })).optional(),
    /** Strings of page furniture and appended articles that must not reach the event. */
    clutter: z.array(lookedForString).min(1),
    /** Strings of the article that must stay in the event's body. */
    keep: z.array(lookedForString).min(1),
    notes: z.string().optional(),
  })
  .strict()
  .refine((label) => label.date === null || label.datePrecision !== undefined, { message: 'a date needs its precision', path: ['datePrecision'] })
  .refine((label) => label.formats[0] === label.format, { message: 'formats must start with format', path: ['formats'] });

/** The labels file: one entry per article, file names unique. */
export const corpusLabels = z.array(corpusLabel).refine((labels) => new Set(labels.map((label) => label.file)).size === labels.length, 'file names must be unique');

export type CorpusLabel = z.infer<typeof corpusLabel>;
