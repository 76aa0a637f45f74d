import { describe, expect, test } from 'vitest';
import { eventToPeriod } from './eventToPeriod.ts';

describe('eventToPeriod', () => {
  test('is the month, or the year alone when only the year is known', () => {
    expect(eventToPeriod('2015-03-02', 'day')).toBe('2015-03');
    expect(eventToPeriod('2015-03-01', 'month')).toBe('2015-03');
    expect(eventToPeriod('2015-01-01', 'year')).toBe('2015');
  });
});
