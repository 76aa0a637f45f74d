import { describe, expect, test } from 'vitest';
import { arabicNameToSlug } from './transliterate.ts';

describe('arabicNameToSlug', () => {
  test('returns a Latin slug for an Arabic name', () => {
    expect(arabicNameToSlug('محمد أبو بكر')).toBe('mhmd-abu-bkr');
    expect(arabicNameToSlug('ماتسوموتو هيساشي')).toMatch(/^[a-z]+-[a-z]+$/);
  });
  test('ignores diacritics so spellings with and without them agree', () => {
    expect(arabicNameToSlug('كلٌّ مُحمد')).toBe(arabicNameToSlug('كل محمد'));
  });
  test('slugs Latin names as they are', () => {
    expect(arabicNameToSlug('Takeshi Iwaya')).toBe('takeshi-iwaya');
  });
});
