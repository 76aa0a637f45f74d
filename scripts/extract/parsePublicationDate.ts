import { ENGLISH_MONTHS, MONTHS, wordsToAlternation } from './arabicDateWords.ts';
import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { isoDayToTime } from '../../src/utils/isoDayToTime.ts';

const englishMonth = wordsToAlternation(ENGLISH_MONTHS.keys());
const arabicMonth = wordsToAlternation(MONTHS.keys());
const patterns: Array<[RegExp, (m: RegExpExecArray) => [number, number, number]]> = [
  [/(\d{4})-(\d{1,2})-(\d{1,2})/, (m) => [+m[1]!, +m[2]!, +m[3]!]],
  [new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:of\\s+)?(${englishMonth})\\.?,?\\s+(\\d{4})`), (m) => [+m[3]!, ENGLISH_MONTHS.get(m[2]!)!, +m[1]!]],
  [new RegExp(`(${englishMonth})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`), (m) => [+m[3]!, ENGLISH_MONTHS.get(m[1]!)!, +m[2]!]],
  [new RegExp(`(\\d{1,2})\\s+(?:من\\s+)?(${arabicMonth})\\s*[,،]?\\s*(\\d{4})`, 'u'), (m) => [+m[3]!, MONTHS.get(m[2]!.replace(/\s+/g, ' '))!, +m[1]!]],
  // day first, as Arabic and European sites write it
  [/(\d{1,2})[/.](\d{1,2})[/.](\d{4})/, (m) => [+m[3]!, +m[2]!, +m[1]!]],
];

/** The YYYY-MM-DD of a publication line ("تاريخ النشر: 7th, January 2025 GMT", "January 7, 2025", "07/01/2025", "7 يناير 2025"), or undefined. */
export function parsePublicationDate(line: string): string | undefined {
  const text = normalizeForMatching(line);
  for (const [pattern, toParts] of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [year, month, day] = toParts(match);
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (isoDayToTime(iso) !== undefined) return iso;
  }
  return undefined;
}
