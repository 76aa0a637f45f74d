import { describe, expect, test } from 'vitest';
import { buildDate } from './buildDate.ts';

describe('buildDate', () => {
  test('SOURCE_DATE_EPOCH fixes the date', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1764547200' }).toISOString()).toBe('2025-12-01T00:00:00.000Z');
  });

  test('without it, the build date is now', () => {
    const before = Date.now();
    const date = buildDate({}).getTime();
    expect(date).toBeGreaterThanOrEqual(before);
    expect(date).toBeLessThanOrEqual(Date.now());
  });

  test('a value that is not whole seconds is an error', () => {
    expect(() => buildDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
