import { describe, expect, test } from 'vitest';
import { seedToRng } from './prng.ts';

describe('seedToRng', () => {
  test('returns the same sequence for the same seed', () => {
    const a = seedToRng(42);
    const b = seedToRng(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  test('returns different sequences for different seeds', () => {
    expect(seedToRng(1).next()).not.toBe(seedToRng(2).next());
  });

  test('returns integers inside the inclusive range', () => {
    const rng = seedToRng(7);
    const values = Array.from({ length: 1000 }, () => rng.int(3, 5));
    expect(new Set(values)).toEqual(new Set([3, 4, 5]));
  });

  test('throws for a pick from an empty list', () => {
    expect(() => seedToRng(1).pick([])).toThrow(/empty/);
  });
});
