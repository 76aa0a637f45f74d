// One function and one locale from their own modules: the package's index loads every function and locale (seconds
// at each start of Astro, whose configuration imports this through the citation files).
import { format } from 'date-fns/format';
import { ar } from 'date-fns/locale/ar';

/** How much of an event's date is known (SPEC §3.1). */
export type DatePrecision = 'day' | 'month' | 'year';

// date-fns patterns per precision; Latin digits throughout the site, as most Arabic news sites print them.
const GREGORIAN_PATTERNS: Record<DatePrecision, string> = {
  day: 'd MMMM yyyy',
  month: 'MMMM yyyy',
  year: 'yyyy',
};

const HIJRI_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

// One event's date is printed on five or more pages of a build: remembering each string keeps 10,000-event builds fast.
const gregorianCache = new Map<string, string>();
const hijriCache = new Map<string, string>();
const hijriFormatters = new Map<DatePrecision, Intl.DateTimeFormat>();

/** Reads a YYYY-MM-DD day as a local-time Date at midnight (date-fns formats local time). */
function isoDayToLocalDate(isoDay: string): Date {
  const [year, month, day] = isoDay.split('-').map(Number);
  if (!year || !month || !day) throw new Error(`dateToArabic: expected YYYY-MM-DD, got "${isoDay}"`);
  return new Date(year, month - 1, day);
}

/** Formats a YYYY-MM-DD day as an Arabic Gregorian date, e.g. «27 نوفمبر 2024». */
export function dateToArabic(isoDay: string, precision: DatePrecision = 'day'): string {
  const key = `${isoDay}/${precision}`;
  let text = gregorianCache.get(key);
  if (text === undefined) {
    text = format(isoDayToLocalDate(isoDay), GREGORIAN_PATTERNS[precision], { locale: ar });
    gregorianCache.set(key, text);
  }
  return text;
}

/** Formats a YYYY-MM-DD day as an Umm al-Qura Hijri date in Arabic, e.g. «25 جمادى الأولى 1446 هـ». */
export function dateToHijri(isoDay: string, precision: DatePrecision = 'day'): string {
  const key = `${isoDay}/${precision}`;
  let text = hijriCache.get(key);
  if (text === undefined) {
    let formatter = hijriFormatters.get(precision);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura-nu-latn', { ...HIJRI_OPTIONS[precision], timeZone: 'UTC' });
      hijriFormatters.set(precision, formatter);
    }
    text = formatter.format(new Date(`${isoDay}T12:00:00Z`));
    hijriCache.set(key, text);
  }
  return text;
}

/** The Arabic name of a month number 1–12, e.g. 11 → «نوفمبر». */
export function monthToArabic(month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`monthToArabic: expected 1–12, got ${month}`);
  return format(new Date(2000, month - 1, 1), 'MMMM', { locale: ar });
}
