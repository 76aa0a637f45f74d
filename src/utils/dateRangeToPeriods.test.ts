import { describe, expect, test } from 'vitest';
import { dateRangeToPeriods } from './dateRangeToPeriods.ts';

const timeline = { first: 2000, last: 2026 };

describe('dateRangeToPeriods', () => {
  test('is undefined when nothing limits the dates', () => {
    expect(dateRangeToPeriods({ from: '', to: '' }, timeline)).toBeUndefined();
  });

  test('covers a whole year: its months and its year-only events', () => {
    const periods = dateRangeToPeriods({ from: '2015', to: '2015' }, timeline)!;
    expect(periods).toHaveLength(13);
    expect(periods).toContain('2015');
    expect(periods).toContain('2015-12');
  });

  test('covers part of a year by its months only', () => {
    expect(dateRangeToPeriods({ from: '2015-11', to: '2016-02' }, timeline)).toEqual(['2015-11', '2015-12', '2016-01', '2016-02']);
  });

  test('runs an open bound to the end of the timeline, and clamps bounds outside it', () => {
    expect(dateRangeToPeriods({ from: '2026-12', to: '' }, timeline)).toEqual(['2026-12']);
    expect(dateRangeToPeriods({ from: '1990', to: '2000-01' }, timeline)).toEqual(['2000-01']);
    expect(dateRangeToPeriods({ from: '2030', to: '' }, timeline)).toEqual([]);
  });

  test('keeps only the years the query named, inside the range', () => {
    expect(dateRangeToPeriods({ from: '', to: '' }, timeline, [2015])).toHaveLength(13);
    expect(dateRangeToPeriods({ from: '2015-06', to: '' }, timeline, [2014, 2015])).toEqual(['2015-06', '2015-07', '2015-08', '2015-09', '2015-10', '2015-11', '2015-12']);
  });
});
