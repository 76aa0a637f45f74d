import { describe, expect, test } from 'vitest';
import { wordCountToStep } from './wordCountToStep.ts';

describe('wordCountToStep', () => {
  test.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 3],
    [76, 64],
    [80, 91],
    [128, 128],
    [154, 181],
    [168, 181],
    [210, 181],
    [220, 256],
    [390, 362],
    [2000, 2048],
  ])('%i words → %i', (count, step) => {
    expect(wordCountToStep(count)).toBe(step);
  });

  test('at most 19% off, and a step rounds to itself', () => {
    for (let count = 1; count <= 20000; count++) {
      const step = wordCountToStep(count);
      expect(Math.abs(step - count) / count).toBeLessThanOrEqual(0.2);
      expect(wordCountToStep(step)).toBe(step);
    }
  });

  test('the lengths of the benchmark’s events (76–399 words) fall on six values', () => {
    const steps = new Set(Array.from({ length: 400 - 76 }, (_, i) => wordCountToStep(76 + i)));
    expect([...steps].sort((a, b) => a - b)).toEqual([64, 91, 128, 181, 256, 362]);
  });
});
