import { describe, expect, test } from 'vitest';
import { foldArabic, normalizeArabic } from './normalizeArabic.ts';

describe('normalizeArabic', () => {
  test('folds hamza-carrying alifs, ta marbuta and alif maqsura', () => {
    expect(normalizeArabic('أإآ مدرسة على')).toBe('ااا مدرسه علي');
  });
  test('drops diacritics and tatweel', () => {
    expect(normalizeArabic('سمَّت كلٌّ الـيـابان')).toBe('سمت كل اليابان');
  });
  test('turns Arabic-Indic and Persian digits into ASCII', () => {
    expect(normalizeArabic('١٩٨٢ و۲۰۲۴')).toBe('1982 و2024');
  });
  test('lower-cases Latin and collapses spaces', () => {
    expect(normalizeArabic('  Takeshi   IWAYA ')).toBe('takeshi iwaya');
  });
});

describe('foldArabic', () => {
  test('keeps the length of text without marks, so positions stay valid', () => {
    const text = 'زار إيوايا (طوكيو)، ٢٠٢٥.';
    expect(foldArabic(text)).toHaveLength(text.length);
  });
});
