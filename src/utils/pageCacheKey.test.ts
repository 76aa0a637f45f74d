import { describe, expect, test } from 'vitest';
import { pageCacheKey } from './pageCacheKey.ts';

describe('pageCacheKey', () => {
  test('the same props keep the key, on any day', () => {
    const before = pageCacheKey({ year: 2024 });
    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = String(1764547200 + 86400);
    try {
      expect(pageCacheKey({ year: 2024 })).toBe(before);
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  });

  test('other props change it', () => {
    expect(pageCacheKey({ year: 2025 })).not.toBe(pageCacheKey({ year: 2024 }));
  });
});
