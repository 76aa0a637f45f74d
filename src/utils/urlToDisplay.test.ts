import { describe, expect, test } from 'vitest';
import { urlToDisplay } from './urlToDisplay.ts';

describe('urlToDisplay', () => {
  test('drops the scheme, www. and a trailing slash', () => {
    expect(urlToDisplay('https://www.albawabhnews.com/5102345/')).toBe('albawabhnews.com/5102345');
    expect(urlToDisplay('https://example.org/')).toBe('example.org');
  });

  test('decodes an Arabic slug for reading', () => {
    expect(urlToDisplay('https://ar.example.org/%D8%A7%D9%84%D9%87%D9%86%D8%AF')).toBe('ar.example.org/الهند');
  });

  test('cuts a long address with an ellipsis at the given length', () => {
    const shown = urlToDisplay('https://www.mofa.go.jp/region/asia-paci/india/page4e_001234.html?utm_source=x', 30);
    expect(shown).toBe('mofa.go.jp/region/asia-paci/i…');
    expect(shown).toHaveLength(30);
  });

  test('keeps text that is not a URL, shortened', () => {
    expect(urlToDisplay('not a url at all', 8)).toBe('not a u…');
    expect(urlToDisplay('https://example.org/%E0%A4%A', 40)).toBe('example.org/%E0%A4%A');
  });
});
