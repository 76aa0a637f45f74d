import { z } from 'astro/zod';
import { arabicText, countryCode } from '../primitives.ts';

/** One city of the cities gazetteer (src/data/cities.json). */
export const cityEntry = z
  .object({
    /** The Arabic name events show. */
    name: arabicText,
    /** The country it is in. */
    country: countryCode,
    /** A capital stands for its government in the news («أنقرة وطوكيو تتفقان»). */
    capital: z.boolean().optional(),
    /** Other Arabic spellings. */
    aliases: z.array(arabicText),
  })
  .strict();

/** Cities where events take place, with their spellings. */
export const citiesTable = z.object({ $comment: z.string(), cities: z.array(cityEntry) }).strict();

export type CityEntry = z.infer<typeof cityEntry>;
