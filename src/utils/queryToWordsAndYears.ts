/** A typed query split into the words to search for and the years it names. */
export interface QueryParts {
  words: string;
  years: number[];
}

const ARABIC_INDIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * Reads a four-digit number that is a year of the timeline (India 2015, ٢٠١٥) as that year, not as a word: as a word
 * it would also find every later event that recalls something from 2015. Digits are read in Latin form, as the index
 * holds them. Other numbers and tokens (2+2, G7) stay words.
 */
export function queryToWordsAndYears(query: string, timelineYears: readonly number[]): QueryParts {
  const known = new Set(timelineYears);
  const years: number[] = [];
  const words: string[] = [];
  const latin = query.replace(ARABIC_INDIC_DIGIT, (digit) => String(digit.codePointAt(0)! & 0xf));
  for (const token of latin.split(/\s+/).filter(Boolean)) {
    const year = /^\d{4}$/.test(token) ? Number(token) : NaN;
    if (known.has(year)) {
      if (!years.includes(year)) years.push(year);
    } else words.push(token);
  }
  return { words: words.join(' '), years };
}
