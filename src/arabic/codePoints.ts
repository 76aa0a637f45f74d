// Every code point the Arabic folding touches, by its Unicode name. The tables below are data: fold.ts reads them.

/** Letter variants and their plain form; each replaces one character by one. */
export const LETTER_FOLDS: ReadonlyArray<readonly [from: number, to: number, name: string]> = [
  [0x0623, 0x0627, 'ARABIC LETTER ALEF WITH HAMZA ABOVE → ALEF (أ → ا)'],
  [0x0625, 0x0627, 'ARABIC LETTER ALEF WITH HAMZA BELOW → ALEF (إ → ا)'],
  [0x0622, 0x0627, 'ARABIC LETTER ALEF WITH MADDA ABOVE → ALEF (آ → ا)'],
  [0x0671, 0x0627, 'ARABIC LETTER ALEF WASLA → ALEF (ٱ → ا)'],
  [0x0649, 0x064a, 'ARABIC LETTER ALEF MAKSURA → YEH (ى → ي)'],
  [0x06cc, 0x064a, 'ARABIC LETTER FARSI YEH → YEH (ی → ي)'],
  [0x0626, 0x064a, 'ARABIC LETTER YEH WITH HAMZA ABOVE → YEH (ئ → ي)'],
  [0x0624, 0x0648, 'ARABIC LETTER WAW WITH HAMZA ABOVE → WAW (ؤ → و)'],
  [0x0629, 0x0647, 'ARABIC LETTER TEH MARBUTA → HEH (ة → ه)'],
  [0x06a9, 0x0643, 'ARABIC LETTER KEHEH → KAF (ک → ك)'],
];

/** Digit blocks folded to ASCII 0–9: the first code point of each block of ten. */
export const DIGIT_BLOCKS: ReadonlyArray<readonly [zero: number, name: string]> = [
  [0x0660, 'ARABIC-INDIC DIGIT ZERO … NINE (٠…٩)'],
  [0x06f0, 'EXTENDED ARABIC-INDIC DIGIT ZERO … NINE (۰…۹)'],
];

/** Ranges of code points dropped without breaking a word: marks, tatweel and invisible format characters. */
export const DROPPED_RANGES: ReadonlyArray<readonly [first: number, last: number, name: string]> = [
  [0x0610, 0x061a, 'ARABIC SIGN SALLALLAHOU ALAYHE WASSALLAM … ARABIC SMALL KASRA (Quranic signs)'],
  [0x061c, 0x061c, 'ARABIC LETTER MARK'],
  [0x0640, 0x0640, 'ARABIC TATWEEL (ـ)'],
  [0x064b, 0x065f, 'ARABIC FATHATAN … ARABIC WAVY HAMZA BELOW (harakat, tanween, shadda, sukun)'],
  [0x0670, 0x0670, 'ARABIC LETTER SUPERSCRIPT ALEF'],
  [0x06d6, 0x06ed, 'ARABIC SMALL HIGH LIGATURE SAD WITH LAM WITH ALEF MAKSURA … ARABIC SMALL LOW MEEM (Quranic marks)'],
  [0x200b, 0x200f, 'ZERO WIDTH SPACE, ZERO WIDTH NON-JOINER, ZERO WIDTH JOINER, LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK'],
  [0x202a, 0x202e, 'LEFT-TO-RIGHT EMBEDDING … RIGHT-TO-LEFT OVERRIDE'],
  [0x2066, 0x2069, 'LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE'],
  [0xfeff, 0xfeff, 'ZERO WIDTH NO-BREAK SPACE (byte order mark)'],
];

/** ARABIC FATHATAN: the tanween of the accusative, written on or beside the alef that matching drops (حواراً → حوار). */
export const FATHATAN = 0x064b;
/** ARABIC KASRATAN: the last of the three tanween marks (FATHATAN, DAMMATAN 0x064C, KASRATAN): an indefinite word. */
export const KASRATAN = 0x064d;
/** ARABIC SHADDA: a doubled letter; it tells apart words that fold alike (عمّان Amman, عُمان Oman). */
export const SHADDA = 0x0651;
/** ARABIC LETTER ALEF. */
export const ALEF = 0x0627;
/** ARABIC LETTER GHAIN (غ): the hard g of foreign names in Levantine and Gulf spelling (غواتيمالا، الكونغو). */
export const GHAIN = 0x063a;
/** ARABIC LETTER JEEM (ج): the same hard g in Egyptian spelling (جواتيمالا، الكونجو). */
export const JEEM = 0x062c;
/** ARABIC LETTER YEH WITH HAMZA ABOVE (ئ): the seat a foreign name's vowel hiatus is written on, or not (يوئيتشي، يويتشي). */
export const YEH_WITH_HAMZA_ABOVE = 0x0626;
/** ARABIC LETTER YEH (ي). */
export const YEH = 0x064a;
/** ARABIC LETTER WAW (و). */
export const WAW = 0x0648;
