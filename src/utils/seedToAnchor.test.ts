import { describe, expect, test } from 'vitest';
import { seedToAnchor } from './seedToAnchor.ts';

describe('seedToAnchor', () => {
  test('keeps a seed name without its extension', () => {
    expect(seedToAnchor('004_8139462e61c2c95d.txt')).toBe('seed-004_8139462e61c2c95d');
  });

  test('keeps Arabic letters and dots, and turns spaces (which an id cannot hold) into hyphens', () => {
    expect(seedToAnchor('خبر اليوم.v2.TXT')).toBe('seed-خبر-اليوم.v2');
  });
});
