/** A date range as the search URL gives it: 'YYYY' or 'YYYY-MM' bounds, '' for open. */
export interface DateRange {
  from: string;
  to: string;
}

function bound(text: string, fallbackYear: number, fallbackMonth: number): { year: number; month: number } {
  if (!text) return { year: fallbackYear, month: fallbackMonth };
  return { year: Number(text.slice(0, 4)), month: text.length > 4 ? Number(text.slice(5, 7)) : fallbackMonth };
}

/**
 * The period values (see eventToPeriod.ts) that fall inside a date range and, when the query named years, inside those
 * years; undefined when nothing limits the dates. A year stands for its events dated only to the year when the range
 * covers all of it. Bounds outside the timeline's years are clamped to them.
 */
export function dateRangeToPeriods(range: DateRange, timelineYears: { first: number; last: number }, onlyYears: readonly number[] = []): string[] | undefined {
  if (!range.from && !range.to && onlyYears.length === 0) return undefined;
  let start = bound(range.from, timelineYears.first, 1);
  let end = bound(range.to, timelineYears.last, 12);
  if (start.year < timelineYears.first) start = { year: timelineYears.first, month: 1 };
  if (end.year > timelineYears.last) end = { year: timelineYears.last, month: 12 };
  const periods: string[] = [];
  for (let year = start.year; year <= end.year; year++) {
    if (onlyYears.length > 0 && !onlyYears.includes(year)) continue;
    const firstMonth = year === start.year ? start.month : 1;
    const lastMonth = year === end.year ? end.month : 12;
    for (let month = firstMonth; month <= lastMonth; month++) periods.push(`${year}-${String(month).padStart(2, '0')}`);
    if (firstMonth === 1 && lastMonth === 12) periods.push(String(year));
  }
  return periods;
}
