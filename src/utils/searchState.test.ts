import { describe, expect, test } from 'vitest';
import { searchStateFromParams, searchStateToParams } from './searchState.ts';

describe('searchStateFromParams', () => {
  test('returns the query and filters of a URL', () => {
    expect(searchStateFromParams(new URLSearchParams('q=%D8%A7%D9%84%D9%87%D9%86%D8%AF&year=2024'))).toEqual({ q: 'الهند', country: '', official: '', format: '', year: '2024' });
  });
  test('ignores unknown parameters', () => {
    expect(searchStateFromParams(new URLSearchParams('x=1')).q).toBe('');
  });
});

describe('searchStateToParams', () => {
  test('leaves empty fields out', () => {
    expect(searchStateToParams({ q: ' ', country: 'KR', official: '', format: '2+2-vice-ministerial', year: '' }).toString()).toBe('country=KR&format=2%2B2-vice-ministerial');
  });
});
