import { describe, expect, test } from 'vitest';
import { queryToParts } from './queryToParts.ts';

const years = [2014, 2015, 2016];
const families = { '2+2': '2+2', '2plus2': '2+2', 'حوار 2+2': '2+2', 'الحوار 2+2': '2+2', 'حوار 2plus2': '2+2', 'الحوار 2plus2': '2+2' };

describe('queryToParts', () => {
  test('takes a timeline year out of the words', () => {
    expect(queryToParts('الهند 2015', years)).toEqual({ words: 'الهند', years: [2015], families: [], read: [{ token: '2015', as: 'year', literal: '"2015"' }] });
  });

  test('reads Arabic-Indic and Persian digits', () => {
    expect(queryToParts('٢٠١٥ India ۲۰۱۶', years)).toMatchObject({ words: 'India', years: [2015, 2016] });
  });

  test('reads a format family token, as written or as in addresses, as those formats', () => {
    expect(queryToParts('اليابان 2+2', years, families)).toEqual({ words: 'اليابان', years: [], families: ['2+2'], read: [{ token: '2+2', as: 'format', literal: '"2+2"' }] });
    expect(queryToParts('2PLUS2 ٢+٢', years, families)).toMatchObject({ words: '', families: ['2+2'] });
  });

  test.each([
    ['حوار 2+2', '', 'حوار 2+2', 'حوار "2+2"'],
    ['الهند الحوار 2plus2', 'الهند', 'الحوار 2plus2', 'الحوار "2plus2"'],
    ['حوار ٢+٢ أستراليا', 'أستراليا', 'حوار ٢+٢', 'حوار "٢+٢"'],
  ])('reads the family’s own name (%s) whole', (query, words, token, literal) => {
    expect(queryToParts(query, years, families)).toEqual({ words, years: [], families: ['2+2'], read: [{ token, as: 'format', literal }] });
  });

  test.each([
    ['"حوار" 2+2', 'حوار'],
    ['2+2 حوار', 'حوار'],
    ['حوار 2015 2+2', 'حوار'],
    ['حوار "2+2"', 'حوار 2+2'],
  ])('keeps the noun as a word when it is quoted, after the token or apart from it (%s)', (query, words) => {
    expect(queryToParts(query, years, families).words).toBe(words);
  });

  test('keeps other numbers and tokens as words', () => {
    expect(queryToParts('G7 2+3 1999 20150', years, families)).toMatchObject({ words: 'G7 2+3 1999 20150', years: [], families: [] });
  });

  test('keeps a token in double quotes as a word, without the quotes', () => {
    expect(queryToParts('الهند "2015" "2+2"', years, families)).toEqual({ words: 'الهند 2015 2+2', years: [], families: [], read: [] });
  });

  test('names each year once', () => {
    expect(queryToParts('2015  2015', years)).toMatchObject({ words: '', years: [2015] });
  });
});
