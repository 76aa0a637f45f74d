import { describe, expect, test } from 'vitest';
import { dateToArabic, dateToHijri, monthToArabic } from './dateToArabic.ts';

describe('dateToArabic', () => {
  test('returns day, Arabic month name and year for a day-precise date', () => {
    expect(dateToArabic('2024-11-27')).toBe('27 نوفمبر 2024');
  });
  test('returns month and year only for month precision', () => {
    expect(dateToArabic('2025-12-04', 'month')).toBe('ديسمبر 2025');
  });
  test('returns the year only for year precision', () => {
    expect(dateToArabic('2025-01-07', 'year')).toBe('2025');
  });
  test('throws on a malformed day', () => {
    expect(() => dateToArabic('27/11/2024')).toThrow(/YYYY-MM-DD/);
  });
});

describe('dateToHijri', () => {
  test('returns the Umm al-Qura date for a day', () => {
    expect(dateToHijri('2024-11-27')).toBe('25 جمادى الأولى 1446 هـ');
  });
  test('omits the day for month precision', () => {
    expect(dateToHijri('2024-11-27', 'month')).toBe('جمادى الأولى 1446 هـ');
  });
});

describe('monthToArabic', () => {
  test('returns the Arabic month name', () => {
    expect(monthToArabic(1)).toBe('يناير');
  });
  test('throws outside 1–12', () => {
    expect(() => monthToArabic(13)).toThrow(/1–12/);
  });
});
