/** The least an event needs for the timeline helpers: an id and a YYYY-MM-DD date. */
export interface Dated {
  id: string;
  data: { date: string };
}

/** One month of a year group, newest month first. */
export interface MonthGroup<T> {
  year: number;
  month: number;
  events: T[];
}

/** One year of the timeline with its months. */
export interface YearGroup<T> {
  year: number;
  months: MonthGroup<T>[];
}

/** Orders events newest first; equal dates fall back to the id so the order is stable between builds. */
export function sortNewestFirst<T extends Dated>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => b.data.date.localeCompare(a.data.date) || b.id.localeCompare(a.id));
}

/** Groups already-sorted events by year, then by month, keeping their order. */
export function groupByYearMonth<T extends Dated>(events: readonly T[]): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  for (const event of events) {
    const year = Number(event.data.date.slice(0, 4));
    const month = Number(event.data.date.slice(5, 7));
    let yearGroup = years.at(-1);
    if (yearGroup?.year !== year) {
      yearGroup = { year, months: [] };
      years.push(yearGroup);
    }
    let monthGroup = yearGroup.months.at(-1);
    if (monthGroup?.month !== month) {
      monthGroup = { year, month, events: [] };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.events.push(event);
  }
  return years;
}

/** Events by year, each year's in the order given (years in the order first met). */
export function groupByYear<T extends Dated>(events: readonly T[]): Map<number, T[]> {
  const byYear = new Map<number, T[]>();
  for (const event of events) {
    const year = Number(event.data.date.slice(0, 4));
    const group = byYear.get(year);
    if (group) group.push(event);
    else byYear.set(year, [event]);
  }
  return byYear;
}

/** Counts events per year, newest year first. */
export function countByYear<T extends Dated>(events: readonly T[]): Array<{ year: number; count: number }> {
  return [...groupByYear(events)].map(([year, group]) => ({ year, count: group.length })).sort((a, b) => b.year - a.year);
}

/** The address of each event's entry on its (possibly paginated) year page, e.g. `/years/2024/2/#<id>`. */
export function eventsToYearEntryHrefs<T extends Dated>(newestFirst: readonly T[], pageSize: number): Map<string, string> {
  const seenPerYear = new Map<string, number>();
  const hrefs = new Map<string, string>();
  for (const event of newestFirst) {
    const year = event.data.date.slice(0, 4);
    const index = seenPerYear.get(year) ?? 0;
    seenPerYear.set(year, index + 1);
    const page = Math.floor(index / pageSize) + 1;
    hrefs.set(event.id, `/years/${year}/${page > 1 ? `${page}/` : ''}#${event.id}`);
  }
  return hrefs;
}
