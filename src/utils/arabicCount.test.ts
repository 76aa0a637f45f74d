import { describe, expect, test } from 'vitest';
import { countToArabic, NOUNS } from './arabicCount.ts';

describe('countToArabic', () => {
  test('returns the dual without a number for 2', () => {
    expect(countToArabic(2, NOUNS.event)).toBe('حدثان');
  });
  test('returns the plural for 3 to 10', () => {
    expect(countToArabic(5, NOUNS.event)).toBe('5 أحداث');
  });
  test('returns the accusative singular for 11 to 99', () => {
    expect(countToArabic(12, NOUNS.event)).toBe('12 حدثًا');
  });
  test('returns the genitive singular for 100', () => {
    expect(countToArabic(100, NOUNS.result)).toBe('100 نتيجة');
  });
  test('returns the singular with «واحد» for 1 and a negative for 0', () => {
    expect(countToArabic(1, NOUNS.meeting)).toBe('لقاء واحد');
    expect(countToArabic(0, NOUNS.result)).toBe('لا نتائج');
  });
});
