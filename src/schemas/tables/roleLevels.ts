import { z } from 'astro/zod';

/**
 * The levels offices are sorted into, from a head of state or government down to a deputy or an envoy; an official (a
 * civil servant, a military chief, a vice president) is no political counterpart, and a legislator (a speaker or member
 * of a parliament) holds no office of the government — nor does a former office-holder, whom heldRoleToLevel puts here.
 */
export const ROLE_LEVELS = ['leader', 'foreignMinister', 'defenceMinister', 'economyMinister', 'minister', 'deputy', 'official', 'legislator'] as const;

/** One rule: an office whose title holds any of the words, or is one of the whole titles, is of the level. */
export const roleLevelRule = z
  .object({
    level: z.enum(ROLE_LEVELS),
    /** Words a title holds (whole words, a proclitic allowed before them). */
    any: z.array(z.string().min(1)).min(1),
    /** Whole titles only: «نائب رئيس», its country written apart, is a vice president, not «نائب رئيس الوزراء». */
    exact: z.array(z.string().min(1)).optional(),
  })
  .strict();

/** Rules read in order, first match wins (src/data/roleLevels.json). */
export const roleLevelsTable = z
  .object({
    $comment: z.string(),
    rules: z.array(roleLevelRule).min(1),
    /** Words that name the two sides' leaders together («الزعيمان»): in a sentence of the talks, both parties met at leader level. */
    bothLeaders: z.array(z.string().min(1)),
    /** Titles of Japan's imperial family («ولي عهد», «الإمبراطور»): held by a Japanese, no office of the government, an official's level. */
    homeRoyals: z.array(z.string().min(1)).min(1),
  })
  .strict();

export type RoleLevel = (typeof ROLE_LEVELS)[number];
