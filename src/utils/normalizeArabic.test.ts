import { describe, expect, test } from 'vitest';
import { normalizeArabic } from './normalizeArabic.ts';

describe('normalizeArabic', () => {
  test('folds hamza forms of alef to bare alef', () => {
    expect(normalizeArabic('إيوايا أوكانو آسيا')).toBe('ايوايا اوكانو اسيا');
  });
  test('folds alef maqsura and ta marbuta', () => {
    expect(normalizeArabic('مستوى الهندية')).toBe('مستوي الهنديه');
  });
  test('removes diacritics and tatweel', () => {
    expect(normalizeArabic('سمَّت اليـابان')).toBe('سمت اليابان');
  });
  test('leaves Latin text unchanged', () => {
    expect(normalizeArabic('Iwaya')).toBe('Iwaya');
  });
});
