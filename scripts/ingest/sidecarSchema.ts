import { z } from 'astro/zod';
import { formatSlug } from '../../src/schemas/event.ts';
import { countryCode, partialIsoDate, SLUG_PATTERN } from '../../src/schemas/primitives.ts';

/** Every editorial value must say where the editor read it. */
const citation = z.url({
  protocol: /^https?$/,
  error: (issue) => (issue.input === undefined ? 'missing: every editorial value needs the http(s) URL of a page that states it' : 'expected an http(s) URL of the page that states this value'),
});

/** One editorial value: the value itself, its citation, and an optional note for readers. */
function editorialEntry<T extends z.ZodType>(value: T) {
  return z.object({ value, citation, note: z.string().min(1).optional() }).strict();
}

const slug = z.string().regex(SLUG_PATTERN, 'expected an official id from src/data/officials.json, such as takeshi-iwaya');

/** `X.editorial.yml`: facts an editor supplies for seed `X.txt` because the article does not state them. */
export const sidecarSchema = z
  .object({
    date: z
      .object({
        value: z.union([z.string(), z.number()]).transform(String).pipe(partialIsoDate),
        precision: z.enum(['day', 'month', 'year']).optional(),
        citation,
        note: z.string().min(1).optional(),
      })
      .strict(),
    location: editorialEntry(
      z
        .object({ city: z.string().min(1).optional(), country: countryCode.optional() })
        .strict()
        .refine((place) => place.city !== undefined || place.country !== undefined, 'expected city, country or both'),
    ),
    officials: editorialEntry(z.array(slug).min(1)),
    parties: editorialEntry(z.array(countryCode).min(1)),
    mentions: editorialEntry(z.array(countryCode)),
    format: editorialEntry(formatSlug),
    formats: editorialEntry(z.array(formatSlug).min(1)),
    title: editorialEntry(z.string().min(1)),
    summary: editorialEntry(z.string().min(1).max(300)),
  })
  .partial()
  .strict();

export type Sidecar = z.infer<typeof sidecarSchema>;
