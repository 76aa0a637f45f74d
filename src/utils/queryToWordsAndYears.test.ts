import { describe, expect, test } from 'vitest';
import { queryToWordsAndYears } from './queryToWordsAndYears.ts';

const years = [2014, 2015, 2016];

describe('queryToWordsAndYears', () => {
  test('takes a timeline year out of the words', () => {
    expect(queryToWordsAndYears('الهند 2015', years)).toEqual({ words: 'الهند', years: [2015] });
  });

  test('reads Arabic-Indic and Persian digits', () => {
    expect(queryToWordsAndYears('٢٠١٥ India ۲۰۱۶', years)).toEqual({ words: 'India', years: [2015, 2016] });
  });

  test('keeps other numbers and tokens as words', () => {
    expect(queryToWordsAndYears('حوار 2+2 G7 1999 20150', years)).toEqual({ words: 'حوار 2+2 G7 1999 20150', years: [] });
  });

  test('names each year once', () => {
    expect(queryToWordsAndYears('2015  2015', years)).toEqual({ words: '', years: [2015] });
  });
});
