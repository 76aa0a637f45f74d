import { foldArabic } from '../arabic/fold.ts';

/** A typed query split into the words to search for and what it names otherwise: years and format families. */
export interface QueryParts {
  words: string;
  years: number[];
  /** Format families named by their token (2+2, 2plus2 → 2+2): the results are of their formats. */
  families: string[];
  /** The tokens read as a year or a format, as typed, and how to type them to search the text for them instead. */
  read: Array<{ token: string; as: 'year' | 'format'; literal: string }>;
}

/**
 * Reads a four-digit number that is a year of the timeline (India 2015, ٢٠١٥) as that year, and a format family's
 * token (2+2, 2plus2; see formatsToFamilies) as those formats, not as words: as words they would also find every
 * event that recalls something from 2015, or a 2+2 meeting held before. The family's own name, its labels' noun and
 * the token («حوار 2+2»), is read whole: the noun adds nothing to the formats. Arabic-Indic digits count (foldArabic).
 * A token in double quotes is kept as a word ("2015"), and so is everything else (G7, 2+3) as typed.
 */
export function queryToParts(query: string, timelineYears: readonly number[], formatFamilies: Readonly<Record<string, string>> = {}): QueryParts {
  const known = new Set(timelineYears);
  const parts: QueryParts = { words: '', years: [], families: [], read: [] };
  const words: string[] = [];
  // The token just kept as a word, unquoted, as typed and folded: the noun of a family's name if a token follows.
  let lastWord: { token: string; folded: string } | undefined;
  for (const token of query.split(/\s+/).filter(Boolean)) {
    const quoted = /^".*"$/.test(token) && token.length > 2;
    const folded = foldArabic(token).toLowerCase();
    const year = /^\d{4}$/.test(folded) ? Number(folded) : NaN;
    const family = Object.hasOwn(formatFamilies, folded) ? formatFamilies[folded]! : undefined;
    const named = lastWord && Object.hasOwn(formatFamilies, `${lastWord.folded} ${folded}`) ? lastWord : undefined;
    lastWord = undefined;
    if (!quoted && known.has(year)) {
      if (!parts.years.includes(year)) parts.years.push(year);
      parts.read.push({ token, as: 'year', literal: `"${token}"` });
    } else if (!quoted && family) {
      if (!parts.families.includes(family)) parts.families.push(family);
      if (named) words.pop();
      parts.read.push(named ? { token: `${named.token} ${token}`, as: 'format', literal: `${named.token} "${token}"` } : { token, as: 'format', literal: `"${token}"` });
    } else {
      words.push(quoted ? token.slice(1, -1) : token);
      if (!quoted) lastWord = { token, folded };
    }
  }
  parts.words = words.join(' ');
  return parts;
}
