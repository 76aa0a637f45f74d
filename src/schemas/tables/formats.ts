import { z } from 'astro/zod';
import { arabicText } from '../primitives.ts';

/** One dialogue format of SPEC §3.3 (src/data/formats.json). */
export const formatEntry = z
  .object({
    /** The format's id in frontmatter (2+2-ministerial); URLs spell + as "plus". */
    slug: z.string().regex(/^[a-z0-9+]+(?:-[a-z0-9+]+)*$/, 'expected a format slug such as 2+2-ministerial'),
    /** The Arabic label readers see. */
    label: arabicText,
    /** The English label (search terms, exports). */
    labelEn: z.string().min(1),
    /** A phrase an article uses to name the format; the benchmark's generator writes it into ledes. */
    phrase: arabicText,
  })
  .strict();

/** Every dialogue format, in the order pages list them; slugs are unique and `other` is one of them. */
export const formatsTable = z
  .array(formatEntry)
  .min(1)
  .refine((entries) => new Set(entries.map((entry) => entry.slug)).size === entries.length, 'format slugs must be unique')
  .refine((entries) => entries.some((entry) => entry.slug === 'other'), 'the formats must include "other", the format of an event no rule recognises');

export type FormatEntry = z.infer<typeof formatEntry>;
