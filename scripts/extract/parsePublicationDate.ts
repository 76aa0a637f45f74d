import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { isoDayToTime } from '../../src/utils/isoDayToTime.ts';
import { ENGLISH_MONTHS, wordsToAlternation } from './arabicDateWords.ts';
import { findDateMentions } from './parseArabicDate.ts';
import { resolveDateMention } from './resolveDateMention.ts';

const englishMonth = wordsToAlternation(ENGLISH_MONTHS.keys());
const englishPatterns: Array<[RegExp, (m: RegExpExecArray) => [number, number, number]]> = [
  [new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:of\\s+)?(${englishMonth})\\.?,?\\s+(\\d{4})`), (m) => [+m[3]!, ENGLISH_MONTHS.get(m[2]!)!, +m[1]!]],
  [new RegExp(`(${englishMonth})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`), (m) => [+m[3]!, ENGLISH_MONTHS.get(m[1]!)!, +m[2]!]],
];

/**
 * Every whole day a line of page metadata gives, Gregorian ones first: Arabic dates in any month set or digits,
 * numeric dates either way round, Hijri and Iranian solar dates converted, English dates («7th, January 2025»).
 */
export function lineToDays(line: string): { day: string; calendar: string }[] {
  const text = normalizeForMatching(line);
  const days: { day: string; calendar: string }[] = [];
  for (const [pattern, toParts] of englishPatterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [year, month, day] = toParts(match);
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (isoDayToTime(iso) !== undefined) days.push({ day: iso, calendar: 'gregory' });
  }
  for (const mention of findDateMentions(text)) {
    if (mention.kind !== 'calendar' || mention.day === undefined) continue;
    const resolved = resolveDateMention(mention);
    if (resolved.date?.precision === 'day') days.push({ day: resolved.date.date, calendar: resolved.calendar ?? 'gregory' });
  }
  return days.sort((a, b) => Number(a.calendar !== 'gregory') - Number(b.calendar !== 'gregory'));
}

/**
 * The YYYY-MM-DD of a publication line ("تاريخ النشر: 7th, January 2025 GMT", "07/01/2025", "الأحد 1444/12/28 هـ -
 * 16-07-2023 م"), or undefined. A Hijri date beside a Gregorian one must agree with it (a day's difference allowed, as
 * sighting and the Umm al-Qura table may differ): a line whose dates disagree gives none.
 */
export function parsePublicationDate(line: string): string | undefined {
  const days = lineToDays(line);
  const first = days[0];
  if (!first) return undefined;
  const disagrees = days.some((other) => Math.abs(isoDayToTime(other.day)! - isoDayToTime(first.day)!) > 86_400_000);
  return disagrees ? undefined : first.day;
}
