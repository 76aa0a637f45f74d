/** One year of a chart: its count, 0 for a year without events. */
export interface YearCount {
  year: number;
  count: number;
}

// A chart that skipped empty years would draw 2003 next to 2010 and hide the gap, so every year in between is kept.
/** Orders per-year counts oldest first and fills the years between the first and the last with zeros. */
export function countsToYearSeries(counts: readonly YearCount[]): YearCount[] {
  if (counts.length === 0) return [];
  const byYear = new Map<number, number>();
  for (const { year, count } of counts) byYear.set(year, (byYear.get(year) ?? 0) + count);
  const years = [...byYear.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const series: YearCount[] = [];
  for (let year = first; year <= last; year++) series.push({ year, count: byYear.get(year) ?? 0 });
  return series;
}
