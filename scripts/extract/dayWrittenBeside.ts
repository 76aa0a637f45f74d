import { isoDayToTime } from '../../src/utils/isoDayToTime.ts';
import type { DateMention } from './parseArabicDate.ts';
import type { ResolvedDate } from './resolveDateMention.ts';

/** Two date mentions this close (characters apart) describe one day («16 يوليو، اليوم الأحد», «اليوم الثلاثاء 2 كانون الأول 2025»). */
export const JOINED_REACH = 24;

/**
 * The full date written right beside relative day `i` of a sentence («اليوم الثلاثاء 2 كانون الأول (ديسمبر) 2025»), which
 * places that day without a publication date; undefined when none stands within reach, or when the weekday written
 * with the relative day is not that date's (then the text contradicts itself).
 */
export function dayWrittenBeside(mentions: readonly DateMention[], resolved: readonly ResolvedDate[], i: number): string | undefined {
  const mention = mentions[i];
  if (mention?.kind !== 'relative') return undefined;
  for (const j of [i + 1, i - 1]) {
    const other = mentions[j];
    const date = resolved[j]?.date;
    if (!other || other.kind !== 'calendar' || date?.precision !== 'day' || resolved[j]!.aside) continue;
    const gap = j > i ? other.at - (mention.end ?? mention.at) : mention.at - (other.end ?? other.at);
    if (gap > JOINED_REACH) continue;
    if (mention.weekday !== undefined && new Date(isoDayToTime(date.date)!).getUTCDay() !== mention.weekday) return undefined;
    return date.date;
  }
  return undefined;
}
