import { describe, expect, test } from 'vitest';
import { searchToPagefindFilters } from './searchToPagefindFilters.ts';

const state = { country: ['IN', 'VN'], format: ['summit'], official: [] };

describe('searchToPagefindFilters', () => {
  test('asks for any value of each ticked facet, each country and format of its own filter, and for the periods of their years', () => {
    expect(searchToPagefindFilters(state, ['2014-12', '2015-01', '2015'])).toEqual({
      all: [
        { any: [{ 'country-IN': 'IN' }, { 'country-VN': 'VN' }] },
        { 'format-summit': 'summit' },
        { any: [{ 'period-2014': { any: ['2014-12'] } }, { 'period-2015': { any: ['2015-01', '2015'] } }] },
      ],
    });
  });

  test('asks for officials of their one filter', () => {
    expect(searchToPagefindFilters({ country: [], format: [], official: ['taro-aso', 'taro-kono'] }, undefined)).toEqual({ all: [{ official: { any: ['taro-aso', 'taro-kono'] } }] });
  });

  test('has no condition for facets left unticked or dates left open', () => {
    expect(searchToPagefindFilters({ country: [], format: [], official: [] }, undefined)).toEqual({});
  });

  test('a range with no period is a condition nothing meets', () => {
    expect(searchToPagefindFilters({ country: [], format: [], official: [] }, [])).toEqual({ all: [{ period: { any: [] } }] });
  });

  test('keeps the format families the words named apart from the ticked formats, so both hold', () => {
    expect(searchToPagefindFilters(state, undefined, 'format', ['2+2'])).toEqual({ all: [{ any: [{ 'country-IN': 'IN' }, { 'country-VN': 'VN' }] }, { family: { any: ['2+2'] } }] });
  });

  test('drops the condition of the facet it counts for, and loads no whole filter', () => {
    expect(searchToPagefindFilters(state, undefined, 'country')).toEqual({ all: [{ 'format-summit': 'summit' }] });
    expect(searchToPagefindFilters(state, undefined, 'official')).toEqual({ all: [{ any: [{ 'country-IN': 'IN' }, { 'country-VN': 'VN' }] }, { 'format-summit': 'summit' }] });
  });
});
