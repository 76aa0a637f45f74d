import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { isoDayToTime } from '../../src/utils/isoDayToTime.ts';
import { ENGLISH_MONTHS, wordsToAlternation } from './arabicDateWords.ts';
import { findDateMentions } from './parseArabicDate.ts';
import { calendarDateToIsoDay, resolveDateMention } from './resolveDateMention.ts';

const englishMonth = wordsToAlternation(ENGLISH_MONTHS.keys());
const englishPatterns: Array<[RegExp, (m: RegExpExecArray) => [number, number, number]]> = [
  [new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:of\\s+)?(${englishMonth})\\.?,?\\s+(\\d{4})`), (m) => [+m[3]!, ENGLISH_MONTHS.get(m[2]!)!, +m[1]!]],
  [new RegExp(`(${englishMonth})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`), (m) => [+m[3]!, ENGLISH_MONTHS.get(m[1]!)!, +m[2]!]],
];

/** A day a line gives, its calendar, and for a date whose era is not written the day it is in each calendar it may be of. */
export interface LineDay {
  day: string;
  calendar: string;
  readings?: string[];
}

/**
 * Every whole day a line of page metadata gives, Gregorian ones first: Arabic dates in any month set or digits,
 * numeric dates either way round, Hijri and Iranian solar dates converted, English dates («7th, January 2025»).
 */
export function lineToDays(line: string): LineDay[] {
  const text = normalizeForMatching(line);
  const days: LineDay[] = [];
  for (const [pattern, toParts] of englishPatterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [year, month, day] = toParts(match);
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (isoDayToTime(iso) !== undefined) days.push({ day: iso, calendar: 'gregory' });
  }
  for (const mention of findDateMentions(text)) {
    if (mention.kind !== 'calendar' || mention.day === undefined) continue;
    // a Hijri or an Iranian solar date in figures with no era («1387/09/08 - 2008/11/28», IRNA): either calendar's day
    if (mention.eraUnwritten && mention.year !== undefined && mention.month !== undefined) {
      // (not a day still to come: «1444/12/28» as a solar date is in 2065)
      const readings = (['islamic', 'persian'] as const).flatMap((calendar) => {
        const day = calendarDateToIsoDay(calendar, mention.year!, mention.month!, mention.day!);
        return day && isoDayToTime(day)! <= Date.now() ? [day] : [];
      });
      if (readings.length) days.push({ day: readings[0]!, calendar: 'unwritten', readings });
      continue;
    }
    const resolved = resolveDateMention(mention);
    if (resolved.date?.precision === 'day') days.push({ day: resolved.date.date, calendar: resolved.calendar ?? 'gregory' });
  }
  return days.sort((a, b) => Number(a.calendar !== 'gregory') - Number(b.calendar !== 'gregory'));
}

/** A day, month and two-digit year in figures, day first as Arabic sites write them («30/08/22», «05.12.26»). */
const TWO_DIGIT_YEAR = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{2})(?![\d/.-])/;
/** Two-digit years up to this one are of this century; later ones of the last. */
const CENTURY_PIVOT = 50;

/**
 * The YYYY-MM-DD of a labelled publication line whose year has two figures («نشر: 30/08/22 17:48»), day first; undefined
 * when the line has none or it is no day of the calendar. Read only behind a publication label: alone, «12/05/22» may be anything.
 */
export function twoDigitYearToDay(line: string): string | undefined {
  const match = TWO_DIGIT_YEAR.exec(normalizeForMatching(line));
  if (!match) return undefined;
  const [day, month, short] = [Number(match[1]), Number(match[3]), Number(match[4])];
  const iso = `${short <= CENTURY_PIVOT ? 2000 + short : 1900 + short}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return month >= 1 && month <= 12 && isoDayToTime(iso) !== undefined ? iso : undefined;
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
  const near = (day: string) => Math.abs(isoDayToTime(day)! - isoDayToTime(first.day)!) <= 86_400_000;
  // (a date whose era is not written agrees in either calendar; alone, its readings must agree with each other)
  const disagrees = days.some((other) => !(other.readings ?? [other.day]).some(near)) || (first.readings ?? []).some((day) => !near(day));
  return disagrees ? undefined : first.day;
}
