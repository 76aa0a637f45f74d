import { describe, expect, test } from 'vitest';
import { isSiteNavigation } from './isSiteNavigation.ts';

describe('isSiteNavigation', () => {
  test.each<[string, boolean]>([
    ['الرئيسية | وطنية | جهات | اقتصاد | عالمية | رياضة', true],
    ['الرئيسية › وطنية › أمن', true],
    ['الرئيسية » الأخبار » سياسة', true],
    ['Home > World > Asia', true],
    ['الرئيسية', false],
    ['شارك: فيسبوك | تويتر | واتساب', false],
    ['الأحد 06 ديسمبر 2026', false],
    ['الرئيسية للمؤتمر تعقد في طوكيو', false],
  ])('%s → %s', (line, expected) => {
    expect(isSiteNavigation(line)).toBe(expected);
  });
});
