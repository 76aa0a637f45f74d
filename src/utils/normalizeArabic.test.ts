import { describe, expect, test } from 'vitest';
import { foldArabic, normalizeArabic } from './normalizeArabic.ts';

describe('normalizeArabic', () => {
  test('folds hamza forms of alef to bare alef', () => {
    expect(normalizeArabic('إيوايا أوكانو آسيا')).toBe('ايوايا اوكانو اسيا');
  });
  test('folds alef maqsura, ta marbuta and hamza on waw and ya', () => {
    expect(normalizeArabic('مستوى الهندية مسؤول رئيس')).toBe('مستوي الهنديه مسوول رييس');
  });
  test('removes diacritics, tanween and tatweel', () => {
    expect(normalizeArabic('سمَّت كلٌّ اليـابان')).toBe('سمت كل اليابان');
  });
  test('turns Arabic-Indic and Persian digits into ASCII', () => {
    expect(normalizeArabic('١٩٨٢ و۲۰۲۴')).toBe('1982 و2024');
  });
  test('leaves Latin text unchanged and collapses spaces', () => {
    expect(normalizeArabic('  Takeshi   Iwaya ')).toBe('Takeshi Iwaya');
  });
});

describe('foldArabic', () => {
  test('keeps the length of text without marks, so positions stay valid', () => {
    const text = 'زار إيوايا (طوكيو)، ٢٠٢٥.';
    expect(foldArabic(text)).toHaveLength(text.length);
  });
});
