import { z } from 'astro/zod';
import { arabicText, countryCode } from '../primitives.ts';

/** A national news agency: the names a dateline gives it, and the country it serves. */
const newsAgency = z
  .object({
    /** The country whose agency it is (ISO 3166-1 alpha-2). */
    country: countryCode,
    /** Its short and full names as datelines and bylines write them («واس», «وكالة الأنباء السعودية»). */
    names: z.array(arabicText).min(1),
  })
  .strict();

/** National news agencies and their countries (src/data/newsAgencies.json). */
export const newsAgenciesTable = z.object({ $comment: z.string(), agencies: z.array(newsAgency).min(1) }).strict();
