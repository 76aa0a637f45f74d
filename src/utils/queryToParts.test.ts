import { describe, expect, test } from 'vitest';
import { queryToParts } from './queryToParts.ts';

const years = [2014, 2015, 2016];
const families = { '2+2': '2+2', '2plus2': '2+2' };

describe('queryToParts', () => {
  test('takes a timeline year out of the words', () => {
    expect(queryToParts('الهند 2015', years)).toEqual({ words: 'الهند', years: [2015], families: [], read: [{ token: '2015', as: 'year' }] });
  });

  test('reads Arabic-Indic and Persian digits', () => {
    expect(queryToParts('٢٠١٥ India ۲۰۱۶', years)).toMatchObject({ words: 'India', years: [2015, 2016] });
  });

  test('reads a format family token, as written or as in addresses, as those formats', () => {
    expect(queryToParts('حوار 2+2', years, families)).toEqual({ words: 'حوار', years: [], families: ['2+2'], read: [{ token: '2+2', as: 'format' }] });
    expect(queryToParts('2PLUS2 ٢+٢', years, families)).toMatchObject({ words: '', families: ['2+2'] });
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
