import { z } from 'astro/zod';
import { arabicText } from '../primitives.ts';

const month = z.number().int().min(1).max(12);

/** Month, weekday, ordinal and relative-day words of Arabic news (src/data/arabicDates.json). */
export const dateWordsTable = z
  .object({
    $comment: z.string(),
    /** Every regional month name → month number. */
    months: z.record(arabicText, month),
    /** Hijri (Umm al-Qura) month names → month number. */
    hijriMonths: z.record(arabicText, month),
    /** Iranian solar (Persian) month names → month number, as IRNA's pages print them. */
    persianMonths: z.record(arabicText, month),
    /** The month-name sets in calendar order, as outlets of each region write them (the benchmark's generator uses them). */
    monthSets: z.record(z.string(), z.array(arabicText).length(12)),
    /** English month names and abbreviations of publication lines → month number. */
    englishMonths: z.record(z.string(), month),
    /** Weekday → 0 (Sunday) … 6. */
    weekdays: z.record(arabicText, z.number().int().min(0).max(6)),
    /** الأول … العاشر → 1 … 10. */
    ordinalUnits: z.record(arabicText, z.number().int().min(1).max(10)),
    /** العاشر، العشرين، الثلاثين. */
    ordinalTens: z.record(arabicText, z.number().int()),
    /** اليوم، أمس، غداً … → days from the publication day. */
    relativeDays: z.record(arabicText, z.number().int()),
    /** Words after «اليوم» that make it not a day («اليوم الوطني»). */
    todayBlockedAfter: z.array(arabicText),
    /** Words before «اليوم» that make it not a day («حتى اليوم»). */
    todayBlockedBefore: z.array(arabicText),
    /** الشهر الجاري، الشهر الماضي … → months from the publication month. */
    relativeMonths: z.record(arabicText, z.number().int()),
    /** Times that name no day («الأسبوع الماضي», «مؤخراً»): an event dated so needs an editor's date. */
    vagueTimes: z.array(arabicText),
    /** Words after a month without a year that place it relative to the publication day. */
    monthRelations: z.record(arabicText, z.enum(['current', 'past', 'lastYear', 'next', 'nextYear'])),
  })
  .strict();
