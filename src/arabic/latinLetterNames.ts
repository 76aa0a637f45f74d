/**
 * The Arabic spellings of Latin letters' names, as the press writes a Latin initial before a name: «إس. إم. كريشنا»
 * (S. M. Krishna), «كيه. شانموغام» (K. Shanmugam), «جي. موهان كومار» (G. Mohan Kumar), «إي. أحمد» (E. Ahamed).
 * U, «يو», is left out: it is a Chinese and Korean family name too, which may end a sentence.
 */
export const LATIN_LETTER_NAMES: readonly string[] = [
  'إيه', // A
  'بي', // B, P
  'سي', // C
  'دي', // D
  'إي', // E
  'إف', // F
  'جي', // G
  'إتش', // H
  'آي', // I
  'جيه', // J
  'كيه', // K
  'كي', // K
  'إل', // L
  'إم', // M
  'إن', // N
  'أو', // O
  'كيو', // Q
  'آر', // R
  'إس', // S
  'تي', // T
  'في', // V
  'دبليو', // W
  'إكس', // X
  'واي', // Y
  'زد', // Z
];
