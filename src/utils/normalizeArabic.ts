// Harakat, superscript alef, Quranic marks and tatweel carry no meaning for search.
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

// Letters written in several ways in news copy, folded to the plain form.
const LETTER_FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/[أإآٱ]/g, 'ا'],
  [/ى/g, 'ي'],
  [/ة/g, 'ه'],
  [/ؤ/g, 'و'],
  [/ئ/g, 'ي'],
];

/** Folds Arabic spelling variants (hamza on alef, alef maqsura, ta marbuta, diacritics, tatweel) so that they compare equal. */
export function normalizeArabic(text: string): string {
  let folded = text.normalize('NFC').replace(DIACRITICS, '');
  for (const [pattern, replacement] of LETTER_FOLDS) folded = folded.replace(pattern, replacement);
  return folded;
}
