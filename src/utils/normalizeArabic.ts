// Arabic normalisation shared by the site's search (browser) and the ingest's extraction: one folded form for the
// spellings news sites mix. No package dependencies, so it bundles small for the browser.
import { collapseSpaces } from './collapseSpaces.ts';

/** Each letter variant → its plain form, one character for one (so positions in folded text stay usable). */
const FOLDED_CHARS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ی: 'ي', ة: 'ه', ؤ: 'و', ئ: 'ي', ک: 'ك' };
for (let digit = 0; digit < 10; digit++) {
  FOLDED_CHARS[String.fromCharCode(0x0660 + digit)] = String(digit);
  FOLDED_CHARS[String.fromCharCode(0x06f0 + digit)] = String(digit);
}

/** Harakat (tanween included), superscript alef, Quranic marks, tatweel and invisible joiners: dropped without breaking a word. */
export const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200C-\u200F]/g;
const FOLDABLE = /[\u0610-\u061A\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200C-\u200F\u0622\u0623\u0625\u0671\u0649\u06CC\u0629\u0624\u0626\u06A9\u0660-\u0669\u06F0-\u06F9]/g;

/** True for a code unit that foldArabic drops. */
export function isArabicMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || (code >= 0x0610 && code <= 0x061a) || code === 0x0670 || code === 0x0640 || (code >= 0x06d6 && code <= 0x06ed) || (code >= 0x200c && code <= 0x200f);
}

/** Folds letter variants one for one (أإآٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Arabic-Indic digits → ASCII) and drops marks; spaces and punctuation stay. */
export function foldArabic(text: string): string {
  return text.replace(FOLDABLE, (char) => FOLDED_CHARS[char] ?? '');
}

/** Normalises Arabic text so spelling variants compare equal: foldArabic, then single spaces, trimmed. Latin text keeps its case. */
export function normalizeArabic(text: string): string {
  return collapseSpaces(foldArabic(text));
}
