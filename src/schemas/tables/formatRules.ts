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

/** A body named with its nisbas between head and modifier («اللجنة القطرية اليابانية الاقتصادية»): the group it gives. */
export const formatBody = z
  .object({
    /** The keyword group the body gives. */
    group: z.string(),
    /** The body's head nouns. */
    heads: z.array(arabicText).min(1),
    /** How many words after the head a modifier may stand. */
    within: z.number().int().positive(),
    /** Words or phrases that make the body of the group. */
    modifiers: z.array(arabicText).min(1),
  })
  .strict();

/** Keyword groups and format rules (src/data/formatRules.json). */
export const formatRulesTable = z
  .object({
    $comment: z.string(),
    keywords: z.record(z.string(), z.array(arabicText).min(1)),
    bodies: z.array(formatBody),
    rules: z.array(formatRule).min(1),
    /** Formats a text names as such (a call, a 2+2, a named dialogue or joint body): they win over who met. */
    namedMechanisms: z.array(z.string()).min(1),
    /** Words that set a body up («إطلاق», «تفعيل»): a mechanism named right after one is what the talks were about. */
    launchWords: z.array(arabicText),
    /** Verbs of discussing («يبحثان»): a mechanism named right after one is the talks' subject; a call word there is how they talked. */
    discussWords: z.array(arabicText),
    /** Words that prepare a session («التحضير لانعقاد …», «يمهدان لـ…»): a mechanism named a few words after one is what the talks prepared. */
    prepareWords: z.array(arabicText),
    /** Documents signed («مذكرة», «مذكرة تفاهم»): a mechanism named right after one behind «ل», «حول» or «بشأن» is what the document is about. */
    memoWords: z.array(arabicText),
    /** Words between a document and its subject («مذكرة حول …», «مذكرة تفاهم بشأن …»). */
    memoSubjectWords: z.array(arabicText),
    /** Words that open a clause of a plan («على أن يشارك … عن بعد»): a format named after one is the plan's, not the meeting's. */
    planOpeners: z.array(arabicText),
    /** Words that open a clause of what came before («بعدما», «بعد أن»): a call told in one is no call of the meeting. */
    earlierOpeners: z.array(arabicText),
    /** Groups that name one person's office («الرئيس», «رئيس الوزراء»): one inside an absence frame («رسالة من الرئيس …») tells nothing of who met. */
    officeGroups: z.array(z.string()),
    /** A named mechanism must score at least this (a mention in the title or lede, or two strong ones) to decide. */
    namedMinScore: z.number().positive(),
  })
  .strict()
  .superRefine((table, context) => {
    const groups = new Set(Object.keys(table.keywords));
    table.officeGroups.forEach((group, i) => {
      if (!groups.has(group)) context.addIssue({ code: 'custom', path: ['officeGroups', i], message: `unknown keyword group "${group}"` });
    });
    table.bodies.forEach((body, i) => {
      if (!groups.has(body.group)) context.addIssue({ code: 'custom', path: ['bodies', i], message: `unknown keyword group "${body.group}"` });
    });
    table.rules.forEach((rule, i) => {
      for (const group of [...rule.all, ...(rule.none ?? [])]) {
        if (!groups.has(group)) context.addIssue({ code: 'custom', path: ['rules', i], message: `unknown keyword group "${group}"` });
      }
    });
  });
