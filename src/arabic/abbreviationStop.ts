import { LATIN_LETTER_NAMES } from './latinLetterNames.ts';

/**
 * A full stop after a lone Arabic letter (HAMZA U+0621 … YEH U+064A) abbreviates a title: «د.» (دكتور), «م.» (مهندس),
 * «أ.د.» (أستاذ دكتور), as in «الشيخ د. أحمد الناصر»; so does one after a Latin letter's name, an initial («إس. إم.
 * كريشنا»). No sentence ends there. Matches the stop and the spaces after it.
 */
const ABBREVIATION_STOP = /(?<=(?:^|[\s.])[\u0621-\u064A])\.\s+/g;
/** … and one after a Latin letter's name, a Latin initial («إس. إم. كريشنا», «كيه. شانموغام»), before another word. */
const INITIAL_STOP = new RegExp(`(?<=(?:^|\\s)(?:${LATIN_LETTER_NAMES.flatMap((name) => [name, name.replace(/^[إأآ]/, 'ا')]).join('|')}))\\.\\s+(?=\\S)`, 'gu');
/** What stands for an abbreviation's stop and space while a text is split into sentences (NUL, never in a page's text). */
const HELD_STOP = '.\u0000';

/**
 * Splits text into sentences with `split`, never after a title's abbreviation: «الشيخ د. أحمد» stays one sentence, its
 * stop followed by one space.
 */
export function splitKeepingAbbreviations(text: string, split: (text: string) => string[]): string[] {
  return split(text.replace(ABBREVIATION_STOP, HELD_STOP).replace(INITIAL_STOP, HELD_STOP)).map((part) => part.replaceAll(HELD_STOP, '. '));
}
