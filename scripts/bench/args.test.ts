import { describe, expect, test } from 'vitest';
import { argvToOptions, textToCount } from './args.ts';

const known = { values: ['count', 'out'], flags: ['keep'] };

describe('argvToOptions', () => {
  test('returns values and flags', () => {
    expect(argvToOptions(['--count', '50', '--keep'], known)).toEqual({ count: '50', keep: true });
  });

  test('throws for an unknown option', () => {
    expect(() => argvToOptions(['--cuont', '5'], known)).toThrow(/unknown option --cuont/);
  });

  test('throws for a value option without a value', () => {
    expect(() => argvToOptions(['--out'], known)).toThrow(/--out needs a value/);
  });
});

describe('textToCount', () => {
  test('returns the number for a positive whole number', () => {
    expect(textToCount('10000', 'count')).toBe(10000);
  });

  test('throws for zero or a fraction', () => {
    expect(() => textToCount('0', 'count')).toThrow(/positive whole number/);
    expect(() => textToCount('2.5', 'count')).toThrow(/positive whole number/);
  });
});
