/** The period filter value of an event: its month ('YYYY-MM'), or its year alone when only the year is known. */
export function eventToPeriod(date: string, precision: 'day' | 'month' | 'year'): string {
  return precision === 'year' ? date.slice(0, 4) : date.slice(0, 7);
}
