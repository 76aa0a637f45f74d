import { foldArabic, isArabicMark } from '../../src/utils/normalizeArabic.ts';
import { collapseSpaces } from '../../src/utils/collapseSpaces.ts';

// Matching-only folding on top of the site's normaliser: the accusative alef of tanween goes with it
// (حواراً → حوار, اتصالاً هاتفياً → اتصال هاتفي) and Latin is lower-cased, so data tables match any case form.

const FATHATAN = 0x064b;
const ALEF = 0x0627;
const ACCUSATIVE_ALEF = /\u0627(?=\u064B)|(?<=\u064B)\u0627/g;
const LATIN_CAPITAL = /[A-Z]/g;

/** Whether foldForMatching drops the code unit at `at` of `text`: a mark, or an alef next to fathatan (اً / ًا). */
export function isDroppedForMatching(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (isArabicMark(code)) return true;
  return code === ALEF && (text.charCodeAt(at + 1) === FATHATAN || text.charCodeAt(at - 1) === FATHATAN);
}

/** foldArabic, plus the accusative alef dropped and A–Z lower-cased; every other character keeps its place. */
export function foldForMatching(text: string): string {
  const withoutAccusative = text.includes('\u064B') ? text.replace(ACCUSATIVE_ALEF, '') : text;
  const folded = foldArabic(withoutAccusative);
  return /[A-Z]/.test(folded) ? folded.replace(LATIN_CAPITAL, (char) => String.fromCharCode(char.charCodeAt(0) + 32)) : folded;
}

/** foldForMatching with single spaces, trimmed: the form data tables are read in. */
export function normalizeForMatching(text: string): string {
  return collapseSpaces(foldForMatching(text));
}

/** A data word and, when it ends in a bare alef that may be accusative (غدا، أيضا), the form without it (غداً → غد). */
export function withAccusativeForm(word: string): string[] {
  return word.length >= 3 && word.endsWith('ا') && !word.includes(' ') ? [word, word.slice(0, -1)] : [word];
}
