import { describe, expect, test } from 'vitest';
import { countByYear, eventsToYearEntryHrefs, groupByYear, groupByYearMonth, sortNewestFirst } from './timeline.ts';

const event = (id: string, date: string) => ({ id, data: { date } });
const a = event('a', '2024-05-29');
const b = event('b', '2024-11-27');
const c = event('c', '2025-01-07');
const d = event('d', '2025-01-13');

describe('sortNewestFirst', () => {
  test('returns events newest first', () => {
    expect(sortNewestFirst([a, c, b, d]).map((e) => e.id)).toEqual(['d', 'c', 'b', 'a']);
  });
  test('orders events of one day by id, stably', () => {
    expect(sortNewestFirst([event('x', '2024-01-01'), event('y', '2024-01-01')]).map((e) => e.id)).toEqual(['y', 'x']);
  });
});

describe('groupByYearMonth', () => {
  test('returns years and months in the order of the input', () => {
    const groups = groupByYearMonth([d, c, b, a]);
    expect(groups.map((g) => g.year)).toEqual([2025, 2024]);
    expect(groups[0]!.months.map((m) => [m.month, m.events.length])).toEqual([[1, 2]]);
    expect(groups[1]!.months.map((m) => m.month)).toEqual([11, 5]);
  });
  test('returns nothing for no events', () => {
    expect(groupByYearMonth([])).toEqual([]);
  });
});

describe('groupByYear', () => {
  test('returns each year\'s events in the order given, years as first met', () => {
    expect([...groupByYear([b, c, a, d])].map(([year, events]) => [year, events.map((e) => e.id)])).toEqual([[2024, ['b', 'a']], [2025, ['c', 'd']]]);
  });
});

describe('countByYear', () => {
  test('returns counts newest year first', () => {
    expect(countByYear([a, b, c, d])).toEqual([{ year: 2025, count: 2 }, { year: 2024, count: 2 }]);
  });
});

describe('eventsToYearEntryHrefs', () => {
  test('returns the year page and anchor of each event, counting pages per year', () => {
    const hrefs = eventsToYearEntryHrefs([d, c, b, a], 1);
    expect(hrefs.get('d')).toBe('/years/2025/#d');
    expect(hrefs.get('c')).toBe('/years/2025/2/#c');
    expect(hrefs.get('b')).toBe('/years/2024/#b');
    expect(hrefs.get('a')).toBe('/years/2024/2/#a');
  });
});
