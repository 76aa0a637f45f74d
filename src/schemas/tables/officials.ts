import { z } from 'astro/zod';
import { arabicText, countryCode, isoDay, partialIsoDate, slug } from '../primitives.ts';

/** One office a person held, with the dates of office as far as they are known. */
export const officeTerm = z
  .object({
    /** The office in Arabic as the press writes it (وزير الخارجية). */
    role: arabicText,
    /** First day in office: YYYY-MM-DD, or YYYY-MM / YYYY when only that is sure. */
    from: partialIsoDate,
    /** Last day in office; absent while still in office. */
    to: partialIsoDate.optional(),
  })
  .strict();

/** One person of the officials gazetteer (src/data/officials.json). */
export const gazetteerOfficial = z
  .object({
    /** Stable Latin slug of the name as the English press writes it. */
    id: slug,
    /** The most common Arabic spelling, without titles. */
    name: arabicText,
    /** The name as the English press writes it. */
    nameEn: z.string().min(1),
    /** Every other spelling met: Arabic variants, the family name alone, the English forms. */
    aliases: z.array(z.string().min(1)),
    /** The country the person serves. */
    country: countryCode,
    /** The role an event shows when its date falls in no listed term. */
    role: z.string(),
    /** Offices relevant to diplomacy, oldest first. */
    roles: z.array(officeTerm).optional(),
    /** The day the person died (YYYY-MM-DD): named in a story of a later day, at a funeral or in a condolence, they took no part. */
    died: isoDay.optional(),
  })
  .strict();

/** The officials gazetteer: ids are unique. */
export const officialsTable = z.array(gazetteerOfficial).superRefine((entries, context) => {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (seen.has(entry.id)) context.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate official id "${entry.id}"` });
    seen.add(entry.id);
  });
});

export type GazetteerOfficial = z.infer<typeof gazetteerOfficial>;
