import { describe, expect, test } from 'vitest';
import { valuesToMedian, valuesToPercentile } from './stats.ts';

describe('valuesToMedian', () => {
  test('returns the middle value for an odd count', () => {
    expect(valuesToMedian([9, 1, 5])).toBe(5);
  });

  test('returns the mean of the two middle values for an even count', () => {
    expect(valuesToMedian([4, 1, 3, 2])).toBe(2.5);
  });

  test('throws for no values', () => {
    expect(() => valuesToMedian([])).toThrow(/no values/);
  });
});

describe('valuesToPercentile', () => {
  test('returns the 19th of 20 sorted values for p95', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(valuesToPercentile(values, 95)).toBe(19);
  });

  test('returns the largest value for p100 and the smallest for p1 of few values', () => {
    expect(valuesToPercentile([3, 7, 5], 100)).toBe(7);
    expect(valuesToPercentile([3, 7, 5], 1)).toBe(3);
  });
});
