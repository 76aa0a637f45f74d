import { ARABIC_STOPWORDS } from '../../src/arabic/stopwords.ts';
import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { DATE_WORDS as dateTable } from '../../src/data/index.ts';

// Folded lookup tables built once from src/data/arabicDates.json.

/** The calendar a month name belongs to. */
export type CalendarName = 'gregory' | 'islamic' | 'persian';

function normalizedMap(table: Record<string, number>): Map<string, number> {
  return new Map(Object.entries(table).map(([word, value]) => [normalizeForMatching(word), value]));
}

/** A regex alternation of the words, longest first, spaces matching any run of spaces. */
export function wordsToAlternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Gregorian month names of every regional set → month number. */
export const MONTHS = normalizedMap(dateTable.months);
/** Hijri month names → month number. */
export const HIJRI_MONTHS = normalizedMap(dateTable.hijriMonths);
/** Iranian solar month names → month number. */
export const PERSIAN_MONTHS = normalizedMap(dateTable.persianMonths);
export const ENGLISH_MONTHS = new Map(Object.entries(dateTable.englishMonths));
export const WEEKDAYS = normalizedMap(dateTable.weekdays);
export const RELATIVE_DAYS = normalizedMap(dateTable.relativeDays);
/** The one-word days, folded: relative days and weekdays («اليوم», «أمس», «الأحد»). */
export const DAY_WORDS: ReadonlySet<string> = new Set([...RELATIVE_DAYS.keys(), ...WEEKDAYS.keys()].filter((word) => !word.includes(' ')));
export const RELATIVE_MONTHS = normalizedMap(dateTable.relativeMonths);
export const VAGUE_TIMES = dateTable.vagueTimes.map(normalizeForMatching);
export const MONTH_RELATIONS = new Map(Object.entries(dateTable.monthRelations).map(([words, relation]) => [normalizeForMatching(words), relation]));
export const TODAY_BLOCKED_AFTER = new Set(dateTable.todayBlockedAfter.map(normalizeForMatching));
export const TODAY_BLOCKED_BEFORE = new Set(dateTable.todayBlockedBefore.map(normalizeForMatching));

const ordinalUnits = new Map([...normalizedMap(dateTable.ordinalUnits)].map(([word, value]) => [word.slice(2), value]));
const ordinalTens = new Map([...normalizedMap(dateTable.ordinalTens)].map(([word, value]) => [word.slice(2), value]));

/** A regex (no groups) for ordinal day words 1–31: الرابع، الحادي عشر، الحادي والعشرين، with or without ال. */
export const ORDINAL_DAY_PATTERN = `(?:ال)?(?:${wordsToAlternation(ordinalUnits.keys())})(?:\\s+(?:عشر|و(?:ال)?(?:${wordsToAlternation([...ordinalTens.keys()].filter((ten) => ordinalTens.get(ten)! >= 20))})))?|(?:ال)?(?:${wordsToAlternation(ordinalTens.keys())})`;

/** The day an ordinal word phrase stands for (الحادي والعشرين → 21), or undefined outside 1–31. */
export function ordinalToDay(phrase: string): number | undefined {
  let day = 0;
  for (const raw of phrase.split(/\s+/)) {
    const word = raw.replace(/^و/, '').replace(/^ال/, '');
    if (word === 'عشر') day += 10;
    else day += ordinalUnits.get(word) ?? ordinalTens.get(word) ?? Number.NaN;
  }
  return day >= 1 && day <= 31 ? day : undefined;
}

/** Words without which a sentence holds no date (month and weekday words, relative days, عام/سنة): the date regexes skip other sentences. */
export const DATE_CUE_WORDS: Set<string> = new Set([
  // the words of a phrase but its stop-words («في وقت سابق» → وقت، سابق): «في» or «من» alone are in almost every sentence
  ...[...MONTHS.keys(), ...HIJRI_MONTHS.keys(), ...PERSIAN_MONTHS.keys(), ...WEEKDAYS.keys(), ...RELATIVE_DAYS.keys(), ...RELATIVE_MONTHS.keys(), ...VAGUE_TIMES].flatMap((phrase) => {
    const words = phrase.split(' ');
    return words.length === 1 ? words : words.filter((word) => !ARABIC_STOPWORDS.has(word));
  }),
  'عام',
  'العام',
  'سنه',
  'غد',
]);
