import { collapseSpaces } from '../../src/utils/collapseSpaces.ts';

/** Each foldable character → its folded form ('' to drop it): marks, tatweel and bidi controls go, letter variants merge. */
const FOLDS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ی: 'ي', ة: 'ه', ک: 'ك' };
for (let digit = 0; digit < 10; digit++) {
  FOLDS[String.fromCharCode(0x0660 + digit)] = String(digit);
  FOLDS[String.fromCharCode(0x06f0 + digit)] = String(digit);
}
const FOLDABLE = /[\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFFأإآٱىیةک\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * Folds the spelling variants news sites mix (hamza forms, tanween, tatweel, ta marbuta, Arabic-Indic digits, case)
 * so one pattern matches them all. Same folding as src/utils/normalizeArabic.ts, in one regex pass because it
 * runs on many lines of every seed.
 */
export function lineToMatchKey(line: string): string {
  return collapseSpaces(line.replace(FOLDABLE, (char) => FOLDS[char] ?? '')).toLowerCase();
}
