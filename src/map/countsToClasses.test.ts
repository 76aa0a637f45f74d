import { describe, expect, test } from 'vitest';
import { countsToClasses } from './countsToClasses.ts';

describe('countsToClasses', () => {
  test('puts about as many countries in each shade when one partner has most meetings', () => {
    expect(countsToClasses([1, 1, 1, 2, 2, 3, 4, 6, 9, 120])).toEqual([
      { from: 1, to: 1 },
      { from: 2, to: 2 },
      { from: 3, to: 3 },
      { from: 4, to: 6 },
      { from: 7, to: 120 },
    ]);
  });

  test('tells apart partners whose counts are all alike', () => {
    const counts = Array.from({ length: 44 }, (_, i) => 180 + i * 2);
    const classes = countsToClasses(counts);
    expect(classes).toHaveLength(5);
    expect(classes[0]!.from).toBe(180);
    expect(classes.at(-1)!.to).toBe(266);
  });

  test('covers every count without gaps or overlaps, one class per value when there are few', () => {
    for (const counts of [[5], [1, 2], [3, 3, 3, 7], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]]) {
      const classes = countsToClasses(counts);
      expect(classes[0]!.from).toBe(Math.min(...counts));
      expect(classes.at(-1)!.to).toBe(Math.max(...counts));
      for (let i = 1; i < classes.length; i++) expect(classes[i]!.from).toBe(classes[i - 1]!.to + 1);
      for (const count of counts) expect(classes.filter((c) => count >= c.from && count <= c.to)).toHaveLength(1);
    }
    expect(countsToClasses([2, 1])).toEqual([{ from: 1, to: 1 }, { from: 2, to: 2 }]);
    expect(countsToClasses([])).toEqual([]);
  });
});
