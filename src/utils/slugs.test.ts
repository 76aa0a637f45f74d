import { describe, expect, test } from 'vitest';
import { countryToUrlSlug, formatToUrlSlug } from './slugs.ts';

describe('formatToUrlSlug', () => {
  test('spells + as plus', () => {
    expect(formatToUrlSlug('2+2-vice-ministerial')).toBe('2plus2-vice-ministerial');
  });
  test('keeps a slug without + as is', () => {
    expect(formatToUrlSlug('official-visit')).toBe('official-visit');
  });
});

describe('countryToUrlSlug', () => {
  test('lower-cases the ISO code', () => {
    expect(countryToUrlSlug('KR')).toBe('kr');
  });
});
