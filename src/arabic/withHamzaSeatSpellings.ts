import { ALEF, WAW, YEH, YEH_WITH_HAMZA_ABOVE } from './codePoints.ts';

const seat = String.fromCharCode(YEH_WITH_HAMZA_ABOVE);
const yeh = String.fromCharCode(YEH);
/** «ئي» inside a word, a letter following: the hiatus written with its seat («يوئيتشي»); word-final «ئي» is a vowel of its own («تاكئي» Takei, not «تاكي» Taki). */
const SEATED = new RegExp(`${seat}${yeh}(?=\\p{L})`, 'gu');
/** A long vowel's letter (ا، و، ي) then «ي» inside a word, a letter following: the hiatus written without a seat («يويتشي»). */
const UNSEATED = new RegExp(`(?<=\\p{L})([${String.fromCharCode(ALEF, WAW, YEH)}])${yeh}(?=\\p{L})`, 'gu');

/**
 * A foreign name and its other spelling of a vowel hiatus before «ي»: outlets write Yoichi «يوئيتشي» and «يويتشي»,
 * Takaichi «تاكائيتشي» and «تاكايتشي», Keiichi «كيئيتشي» and «كييتشي». The folding keeps «ئي» and «ي» apart (ئ folds
 * to ي, «يوئيتشي» → «يوييتشي»), so a gazetteer spelling is indexed both ways. Names without either come back alone.
 */
export function withHamzaSeatSpellings(name: string): string[] {
  const seated = name.replace(SEATED, yeh);
  const other = seated !== name ? seated : name.replace(UNSEATED, `$1${seat}${yeh}`);
  return other === name ? [name] : [name, other];
}
