import { describe, expect, test } from 'vitest';
import { formatToFamily } from './formatToFamily.ts';

describe('formatToFamily', () => {
  test('is the token a 2+2 slug opens with, and nothing for ordinary words', () => {
    expect(formatToFamily('2+2-vice-ministerial')).toBe('2+2');
    expect(formatToFamily('foreign-ministers-meeting')).toBeUndefined();
  });
});
