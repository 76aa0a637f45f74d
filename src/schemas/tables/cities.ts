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
    /**
     * The bodies seated in a capital (Brussels: the European Union): in an article that names one, the capital stands for
     * it («بين لندن وبروكسل» after Brexit), not for its country.
     */
    seatOf: z.array(arabicText).optional(),
    /** A city-state: the country's name is the city's («في سنغافورة»). */
    cityState: z.boolean().optional(),
    /** Other Arabic spellings. */
    aliases: z.array(arabicText),
  })
  .strict();

/** A seat of government or palace where leaders receive guests: a meeting there is in its city. */
export const venueEntry = z
  .object({
    /** The name as the press writes it («البيت الأبيض»). */
    name: arabicText,
    /** Other spellings. */
    aliases: z.array(arabicText),
    /** The `name` of its city in `cities`. */
    city: arabicText,
  })
  .strict();

/** Cities where events take place, with their spellings, and the venues that stand for them. */
export const citiesTable = z
  .object({ $comment: z.string(), cities: z.array(cityEntry), venues: z.array(venueEntry) })
  .strict()
  .superRefine((table, context) => {
    const names = new Set(table.cities.map((city) => city.name));
    table.venues.forEach((venue, i) => {
      if (!names.has(venue.city)) context.addIssue({ code: 'custom', path: ['venues', i, 'city'], message: `"${venue.city}" is not a city of the table` });
    });
  });

export type VenueEntry = z.infer<typeof venueEntry>;

export type CityEntry = z.infer<typeof cityEntry>;
