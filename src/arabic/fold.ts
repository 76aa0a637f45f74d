// All Arabic folding of the project, in one module with no dependencies (the search page bundles it for the
// browser). Two forms:
// - foldArabic / normalizeArabic (search and display): letter variants merged, marks and invisible characters
//   dropped. إيوَايا → ايوايا, الهنديّة → الهنديه, ٢٠٢٥ → 2025.
// - foldForMatching / normalizeForMatching (extraction and clutter rules): the same, plus the accusative alef of
//   tanween dropped and Latin lower-cased, so one data word matches every form. اتصالاً هاتفياً → اتصال هاتفي,
//   Share → share.
import { collapseSpaces } from '../utils/collapseSpaces.ts';
import { ALEF, DIGIT_BLOCKS, DROPPED_RANGES, FATHATAN, LETTER_FOLDS } from './codePoints.ts';

const FOLDED_CHARS: Record<string, string> = {};
for (const [from, to] of LETTER_FOLDS) FOLDED_CHARS[String.fromCharCode(from)] = String.fromCharCode(to);
for (const [zero] of DIGIT_BLOCKS) for (let digit = 0; digit < 10; digit++) FOLDED_CHARS[String.fromCharCode(zero + digit)] = String(digit);

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
const DROPPED_CLASS = DROPPED_RANGES.map(([first, last]) => (first === last ? hex(first) : `${hex(first)}-${hex(last)}`)).join('');

/** Marks and invisible characters, as a global pattern (to strip them from text shown to readers). */
export const ARABIC_MARKS = new RegExp(`[${DROPPED_CLASS}]`, 'g');

/** True for a code unit that every folding drops (a mark, tatweel or an invisible format character). */
export function isArabicMark(code: number): boolean {
  for (const [first, last] of DROPPED_RANGES) if (code >= first && code <= last) return true;
  return false;
}

// What foldArabic does to each UTF-16 code unit: KEEP it, DROP it, or put the code unit stored here in its place.
// Read once per character of every article, so a table rather than a pattern with a callback (three times faster).
const KEEP = -1;
const DROP = -2;
const FOLD_TABLE = new Int32Array(0x10000).fill(KEEP);
for (const [first, last] of DROPPED_RANGES) FOLD_TABLE.fill(DROP, first, last + 1);
for (const [char, folded] of Object.entries(FOLDED_CHARS)) FOLD_TABLE[char.charCodeAt(0)] = folded.charCodeAt(0);
/** Below this code unit nothing folds (ASCII, Latin, Greek, Cyrillic …): checked before the table. */
const FIRST_FOLDABLE = Math.min(...DROPPED_RANGES.map(([first]) => first), ...Object.keys(FOLDED_CHARS).map((char) => char.charCodeAt(0)));

/** Letter variants to their plain form one for one, Arabic-Indic digits to ASCII, marks and invisibles dropped. */
export function foldArabic(text: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < FIRST_FOLDABLE) continue;
    const to = FOLD_TABLE[code]!;
    if (to === KEEP) continue;
    out += text.slice(kept, i);
    if (to !== DROP) out += String.fromCharCode(to);
    kept = i + 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** foldArabic, then single spaces, trimmed: the form the site's search compares. Latin keeps its case. */
export function normalizeArabic(text: string): string {
  return collapseSpaces(foldArabic(text));
}

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

/** foldForMatching with single spaces, trimmed: the form data tables and clutter rules are read in. */
export function normalizeForMatching(text: string): string {
  return collapseSpaces(foldForMatching(text));
}

/** A data word and, when it ends in a bare alef that may be accusative (غدا، أيضا), the form without it (غداً → غد). */
export function withAccusativeForm(word: string): string[] {
  return word.length >= 3 && word.endsWith('ا') && !word.includes(' ') ? [word, word.slice(0, -1)] : [word];
}
