import { describe, expect, test } from 'vitest';
import { pagefindFilterToCounts } from './pagefindFilterToCounts.ts';

// Pages named as the merged index names event fragments, in page order.
const pageNames = ['2015030200', '2015030201', '2016050200', '2024070300'];
const country: Array<[string, number[]]> = [
  ['IN', [0, 2]],
  ['VN', [0]],
  ['US', [1, 3]],
  ['EG', []],
];

describe('pagefindFilterToCounts', () => {
  test.each([
    { results: ['2015030200', '2016050200'], counts: { IN: 2, VN: 1, US: 0, EG: 0 } },
    { results: ['2015030201', '2024070300', '2015030200'], counts: { IN: 1, VN: 1, US: 2, EG: 0 } },
    { results: [], counts: { IN: 0, VN: 0, US: 0, EG: 0 } },
    // An id the metadata does not name (a stale result) counts for nothing.
    { results: ['1999010100'], counts: { IN: 0, VN: 0, US: 0, EG: 0 } },
  ])('results $results', ({ results, counts }) => {
    expect(pagefindFilterToCounts(country, pageNames, new Set(results))).toEqual(counts);
  });
});
