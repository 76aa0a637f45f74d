import { z } from 'astro/zod';
import { arabicText } from '../primitives.ts';

/** One rule: a format matches a sentence that has a keyword of every `all` group and none of `none`. */
export const formatRule = z
  .object({
    format: z.string(),
    all: z.array(z.string()).min(1),
    none: z.array(z.string()).optional(),
    /** How much a match counts (times 3 in the title and lede). */
    weight: z.number().positive(),
    /** Formats this one makes redundant (a 2+2 is also a foreign ministers' meeting). */
    drops: z.array(z.string()).optional(),
  })
  .strict();

/** Keyword groups and format rules (src/data/formatRules.json). */
export const formatRulesTable = z
  .object({
    $comment: z.string(),
    keywords: z.record(z.string(), z.array(arabicText).min(1)),
    rules: z.array(formatRule).min(1),
  })
  .strict()
  .superRefine((table, context) => {
    const groups = new Set(Object.keys(table.keywords));
    table.rules.forEach((rule, i) => {
      for (const group of [...rule.all, ...(rule.none ?? [])]) {
        if (!groups.has(group)) context.addIssue({ code: 'custom', path: ['rules', i], message: `unknown keyword group "${group}"` });
      }
    });
  });
