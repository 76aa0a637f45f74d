import { describe, expect, test } from 'vitest';
import { searchProblemToArabic } from './searchProblemToArabic.ts';

describe('searchProblemToArabic', () => {
  test('names the facet, the value as given and what was done', () => {
    expect(searchProblemToArabic({ key: 'country', value: 'XX', kind: 'unknown-value' })).toBe('لا توجد في الموقع قيمة «XX» لمرشّح الدولة (country=XX)، فلم يُطبَّق.');
  });

  test('says which page was shown instead of one beyond the last', () => {
    expect(searchProblemToArabic({ key: 'page', value: '9', kind: 'page-beyond' }, 3)).toContain('(عدد صفحاتها 3)');
  });

  test('has a message for every kind of problem', () => {
    for (const kind of ['unknown-key', 'unknown-value', 'bad-date', 'bad-page', 'bad-sort', 'swapped-dates', 'page-beyond'] as const) {
      expect(searchProblemToArabic({ key: 'k', value: 'v', kind })).toMatch(/\S/);
    }
  });
});
