import { normalizeForMatching } from '../../src/arabic/fold.ts';
import type { Official } from '../../src/schemas/event.ts';
import { memoised } from '../../src/utils/memoised.ts';

/** Folded spellings kept between articles: the same people come back in article after article. */
const folded = new Map<string, string>();
/** Enough for every spelling of a large corpus's people; past it the memo starts afresh rather than grow without bound. */
const FOLDED_MAX = 50_000;

/** A person's name and aliases, folded (the memo keeps each spelling between articles). */
export function foldedSpellings(official: Pick<Official, 'name' | 'aliases'>): string[] {
  return [official.name, ...official.aliases].map((name) => memoised(folded, FOLDED_MAX, name, () => normalizeForMatching(name)));
}

/** A person's name and aliases, folded, those of more than one word: the spellings the stages look for in a sentence's folded text. */
export function multiWordSpellings(official: Pick<Official, 'name' | 'aliases'>): string[] {
  return foldedSpellings(official).filter((spelling) => spelling.includes(' '));
}
