import { describe, expect, test } from 'vitest';
import { facetValueToFilterName, periodToFilterName } from './searchFilterNames.ts';

describe('searchFilterNames', () => {
  test.each([
    ['country', 'IN', 'country-IN'],
    ['format', '2+2-ministerial', 'format-2+2-ministerial'],
  ])('%s %s → %s', (facet, value, name) => {
    expect(facetValueToFilterName(facet, value)).toBe(name);
  });

  test.each([
    ['2015-03', 'period-2015'],
    ['2015', 'period-2015'],
  ])('the period %s is in %s', (period, name) => {
    expect(periodToFilterName(period)).toBe(name);
  });
});
