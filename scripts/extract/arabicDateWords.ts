import dateTable from './data/arabicDates.json' with { type: 'json' };
import { normalizeArabic } from './normalizeArabic.ts';

// Normalised lookup tables built once from data/arabicDates.json.

function normalizedMap(table: Record<string, number>): Map<string, number> {
  return new Map(Object.entries(table).map(([word, value]) => [normalizeArabic(word), value]));
}

/** A regex alternation of the words, longest first, spaces matching any run of spaces. */
export function wordsToAlternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

export const MONTHS = normalizedMap(dateTable.months);
export const ENGLISH_MONTHS = new Map(Object.entries(dateTable.englishMonths));
export const WEEKDAYS = normalizedMap(dateTable.weekdays);
export const RELATIVE_DAYS = normalizedMap(dateTable.relativeDays);
export const MONTH_RELATIONS = new Map(Object.entries(dateTable.monthRelations).map(([words, relation]) => [normalizeArabic(words), relation]));
export const TODAY_BLOCKED_AFTER = new Set(dateTable.todayBlockedAfter.map(normalizeArabic));
export const TODAY_BLOCKED_BEFORE = new Set(dateTable.todayBlockedBefore.map(normalizeArabic));

/** Ordinal day words 1–31 (الرابع، الحادي عشر، الحادي والعشرين …) with and without ال. */
export const ORDINAL_DAYS: Map<string, number> = (() => {
  const units = normalizedMap(dateTable.ordinalUnits);
  const tens = normalizedMap(dateTable.ordinalTens);
  const days = new Map<string, number>();
  const add = (word: string, day: number) => {
    if (day < 1 || day > 31) return;
    days.set(word, day);
    days.set(word.replace(/(^|\s)ال/g, '$1').replace(/\sو/g, ' و'), day);
  };
  for (const [unit, value] of units) if (value !== 1 || unit === 'الاول') add(unit, value);
  for (const [ten, value] of tens) add(ten, value);
  for (const [unit, value] of units) {
    if (unit === 'الاول') continue;
    add(`${unit} عشر`, 10 + value);
    for (const [ten, tenValue] of tens) if (tenValue >= 20) add(`${unit} و${ten}`, tenValue + value);
  }
  return days;
})();
