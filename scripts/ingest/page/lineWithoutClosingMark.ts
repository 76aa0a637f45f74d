import { normalizeForMatching } from '../../../src/arabic/fold.ts';
import { BOILERPLATE } from '../../../src/data/index.ts';

/** The closing words of wire services (انتهى، النهاية، نهاية), folded. */
const closingWords = new Set(BOILERPLATE.signOffs.map(normalizeForMatching));

// After a sentence's end: a closing mark in brackets or slashes («(النهاية)», «/نهاية الخبر/», «// انتهى //»), then
// the editors' initials if any («ع ح / ف ا», «م.ع/ر.ش»), to the end of the line.
// (each initial is a whole word of one or two letters: a group that could split a longer word, «\p{L}{1,2}» repeated with
// nothing between, made the match try every split of the rest of a line such as «نوسا دوا (إندونيسيا) (أ ف ب) – التقى …»
// and never end)
const CLOSING_MARK = /(?<=[.!؟?»"”)\]])\s*(?:\(([^()]{1,24})\)|\/{1,2}\s*([^/]{1,24}?)\s*\/{1,2})(?:[\s/.\-–]*\p{L}{1,2}(?!\p{L})\.?)*[\s/.\-–]*$/u;

/**
 * A paragraph line without the wire sign-off that agencies append to the last sentence: «… العام الماضي. (النهاية) ع ح /
 * ف ا» → «… العام الماضي.». A bracket that names no closing word («(واس)», «(رويترز)») stays.
 */
export function lineWithoutClosingMark(line: string): string {
  const match = CLOSING_MARK.exec(line);
  if (!match) return line;
  const words = normalizeForMatching(match[1] ?? match[2] ?? '').split(' ');
  return words.some((word) => closingWords.has(word)) ? line.slice(0, match.index).trimEnd() : line;
}
