import { describe, expect, test } from 'vitest';
import { MONTHS, ordinalToDay, wordsToAlternation } from './arabicDateWords.ts';

describe('ordinalToDay', () => {
  test('reads ordinal day words with and without ال', () => {
    expect(ordinalToDay('الرابع')).toBe(4);
    expect(ordinalToDay('الحادي عشر')).toBe(11);
    expect(ordinalToDay('الحادي والعشرين')).toBe(21);
    expect(ordinalToDay('ثاني والعشرين')).toBe(22);
    expect(ordinalToDay('الثلاثين')).toBe(30);
  });
  test('gives undefined outside 1–31 or for other words', () => {
    expect(ordinalToDay('الثاني والثلاثين')).toBeUndefined();
    expect(ordinalToDay('الجديد')).toBeUndefined();
  });
});

describe('MONTHS', () => {
  test('holds every regional set under normalised keys', () => {
    expect(MONTHS.get('ابريل')).toBe(4);
    expect(MONTHS.get('تشرين الاول')).toBe(10);
    expect(MONTHS.get('جويليه')).toBe(7);
    expect(MONTHS.get('دجنبر')).toBe(12);
  });
});

describe('wordsToAlternation', () => {
  test('puts longer words first and escapes regex characters', () => {
    expect(wordsToAlternation(['ماي', 'مايو', 'a.b'])).toBe('مايو|ماي|a\\.b');
  });
});
