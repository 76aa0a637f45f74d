import { describe, expect, test } from 'vitest';
import { lineToMatchKey } from './matchKey.ts';
import { normalizeArabic } from '../../src/utils/normalizeArabic.ts';

describe('lineToMatchKey', () => {
  test('folds hamza forms, tanween, ta marbuta and alif maqsura', () => {
    expect(lineToMatchKey('  إقرأ أيضاً:  ')).toBe('اقرا ايضا:');
    expect(lineToMatchKey('زر الذهاب إلى الأعلى')).toBe('زر الذهاب الي الاعلي');
    expect(lineToMatchKey('كلمات دلالية')).toBe('كلمات دلاليه');
  });

  test('agrees with the extraction stage’s normalizeArabic on Arabic text', () => {
    const text = 'تُقدّر فيتنام عاليًا تعاون ودعم الحكومة اليابانية، ١٩٨٢ إيوايا وإيويا ـــ آسيا';
    expect(lineToMatchKey(text)).toBe(normalizeArabic(text).trim());
  });

  test('drops bidi controls and lowercases Latin', () => {
    expect(lineToMatchKey('\u200fRead Also')).toBe('read also');
  });
});
