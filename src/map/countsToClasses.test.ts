import { describe, expect, test } from 'vitest';
import { countsToClasses } from './countsToClasses.ts';

describe('countsToClasses', () => {
  test('grows the ranges geometrically up to the largest count', () => {
    expect(countsToClasses(500)).toEqual([
      { from: 1, to: 3 },
      { from: 4, to: 12 },
      { from: 13, to: 42 },
      { from: 43, to: 144 },
      { from: 145, to: 500 },
    ]);
  });

  test('covers every count from 1 to the largest, without gaps or overlaps', () => {
    for (const max of [1, 2, 3, 7, 40, 999]) {
      const classes = countsToClasses(max);
      expect(classes[0]!.from).toBe(1);
      expect(classes.at(-1)!.to).toBe(max);
      for (let i = 1; i < classes.length; i++) expect(classes[i]!.from).toBe(classes[i - 1]!.to + 1);
      for (const range of classes) expect(range.to).toBeGreaterThanOrEqual(range.from);
    }
  });

  test('small counts get fewer classes, one per value', () => {
    expect(countsToClasses(2)).toEqual([{ from: 1, to: 1 }, { from: 2, to: 2 }]);
    expect(countsToClasses(0)).toEqual([]);
  });
});
