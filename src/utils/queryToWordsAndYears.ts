import { foldArabic } from '../arabic/fold.ts';

/** A typed query split into the words to search for and the years it names. */
export interface QueryParts {
  words: string;
  years: number[];
}

/**
 * Reads a four-digit number that is a year of the timeline (India 2015, ٢٠١٥) as that year, not as a word: as a word
 * it would also find every later event that recalls something from 2015. Arabic-Indic digits count (foldArabic); other
 * numbers and tokens (2+2, G7) stay words as typed.
 */
export function queryToWordsAndYears(query: string, timelineYears: readonly number[]): QueryParts {
  const known = new Set(timelineYears);
  const years: number[] = [];
  const words: string[] = [];
  for (const token of query.split(/\s+/).filter(Boolean)) {
    const folded = foldArabic(token);
    const year = /^\d{4}$/.test(folded) ? Number(folded) : NaN;
    if (known.has(year)) {
      if (!years.includes(year)) years.push(year);
    } else words.push(token);
  }
  return { words: words.join(' '), years };
}
