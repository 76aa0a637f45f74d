// Arabic normalisation for matching: one folded form for the spellings news sites mix (أ/إ/آ, ة/ه, ى/ي, digits, marks).

const folded = new Map<number, string>([
  [0x0623, 'ا'], [0x0625, 'ا'], [0x0622, 'ا'], [0x0671, 'ا'], // أ إ آ ٱ
  [0x0629, 'ه'], // ة
  [0x0649, 'ي'], [0x06cc, 'ي'], // ى ی
  [0x06a9, 'ك'], // ک
]);

/** True for a code unit that is a harakah, Quranic mark or tatweel: dropped without breaking a word. */
export function isArabicMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640 || (code >= 0x06d6 && code <= 0x06ed) || code === 0x200c || code === 0x200d || code === 0x200f || code === 0x200e;
}

/** The folded form of one code unit (digits to ASCII, Latin to lower case), or undefined for a mark. */
export function foldChar(code: number): string | undefined {
  if (isArabicMark(code)) return undefined;
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  return folded.get(code) ?? String.fromCharCode(code);
}

/** Normalises Arabic text for matching: hamza-carrying alifs → ا, ة → ه, ى → ي, no diacritics or tatweel, ASCII digits, lower-case Latin. */
export function normalizeArabic(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = foldChar(text.charCodeAt(i));
    if (char !== undefined) out += char;
  }
  return out.replace(/\s+/g, ' ');
}
