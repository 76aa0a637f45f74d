import { describe, expect, test } from 'vitest';
import { searchToPagefindFilters } from './searchToPagefindFilters.ts';

const state = { country: ['IN', 'VN'], format: ['summit'], official: [] };

describe('searchToPagefindFilters', () => {
  test('asks for any value of each ticked facet, and for the periods', () => {
    expect(searchToPagefindFilters(state, ['2015-01', '2015'])).toEqual({ country: { any: ['IN', 'VN'] }, format: { any: ['summit'] }, period: { any: ['2015-01', '2015'] } });
  });

  test('has no condition for facets left unticked or dates left open', () => {
    expect(searchToPagefindFilters({ country: [], format: [], official: [] }, undefined)).toEqual({});
  });

  test('keeps the format families the words named apart from the ticked formats, so both hold', () => {
    expect(searchToPagefindFilters(state, undefined, 'format', ['2+2'])).toEqual({ country: { any: ['IN', 'VN'] }, format: [], family: { any: ['2+2'] } });
  });

  test('drops the condition of the facet it counts for, and names it with no values', () => {
    expect(searchToPagefindFilters(state, undefined, 'country')).toEqual({ country: [], format: { any: ['summit'] } });
    expect(searchToPagefindFilters(state, undefined, 'official')).toEqual({ country: { any: ['IN', 'VN'] }, format: { any: ['summit'] }, official: [] });
  });
});
