// Arabic normalisation for matching: one folded form for the spellings news sites mix (أ/إ/آ, ة/ه, ى/ي, digits, marks).

const foldedChars: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي', 'ی': 'ي', 'ک': 'ك' };
for (let digit = 0; digit < 10; digit++) {
  foldedChars[String.fromCharCode(0x0660 + digit)] = String(digit);
  foldedChars[String.fromCharCode(0x06f0 + digit)] = String(digit);
}
for (let letter = 65; letter <= 90; letter++) foldedChars[String.fromCharCode(letter)] = String.fromCharCode(letter + 32);

/** Harakat, Quranic marks, tatweel and invisible joiners: dropped without breaking a word. */
export const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200C-\u200F]/g;
const foldable = /[\u0622\u0623\u0625\u0671\u0629\u0649\u06CC\u06A9\u0660-\u0669\u06F0-\u06F9A-Z\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200C-\u200F]/g;

/** True for a code unit that foldArabic drops. */
export function isArabicMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640 || (code >= 0x06d6 && code <= 0x06ed) || (code >= 0x200c && code <= 0x200f);
}

/** Folds letters one for one and drops marks; spaces and punctuation stay where they are. */
export function foldArabic(text: string): string {
  return text.replace(foldable, (char) => foldedChars[char] ?? '');
}

/** Normalises Arabic text for matching: hamza-carrying alifs → ا, ة → ه, ى → ي, no diacritics or tatweel, ASCII digits, lower-case Latin, single spaces. */
export function normalizeArabic(text: string): string {
  return foldArabic(text).replace(/\s+/g, ' ').trim();
}
