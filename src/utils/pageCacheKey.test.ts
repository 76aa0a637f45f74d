import { describe, expect, test } from 'vitest';
import { pageCacheKey } from './pageCacheKey.ts';

const DAY = { SOURCE_DATE_EPOCH: '1764547200' };
const LATER_THAT_DAY = { SOURCE_DATE_EPOCH: String(1764547200 + 3600) };
const NEXT_DAY = { SOURCE_DATE_EPOCH: String(1764547200 + 86400) };

describe('pageCacheKey', () => {
  test('the same props on the same day keep the key', () => {
    expect(pageCacheKey({ year: 2024 }, DAY)).toBe(pageCacheKey({ year: 2024 }, LATER_THAT_DAY));
  });

  test('other props change it', () => {
    expect(pageCacheKey({ year: 2025 }, DAY)).not.toBe(pageCacheKey({ year: 2024 }, DAY));
  });

  test('another day changes it: every footer prints the day of the build', () => {
    expect(pageCacheKey({ year: 2024 }, NEXT_DAY)).not.toBe(pageCacheKey({ year: 2024 }, DAY));
  });
});
