import { describe, expect, test } from 'vitest';
import { emptySearch, searchStateFromParams, searchStateIsEmpty, searchStateToParams, searchStateToSort } from './searchState.ts';

const vocabulary = { country: ['IN', 'KR', 'VN'], format: ['2+2-ministerial', 'summit'], official: ['takeshi-iwaya'] };
const read = (query: string) => searchStateFromParams(new URLSearchParams(query), vocabulary);

describe('searchStateFromParams', () => {
  test('reads words, several values per facet, a date range, an order and a page', () => {
    const { state, problems } = read('q=%D8%A7%D9%84%D9%87%D9%86%D8%AF&country=IN&country=VN&format=summit&from=2015-03&to=2016&sort=oldest&page=3');
    expect(state).toEqual({ q: 'الهند', country: ['IN', 'VN'], format: ['summit'], official: [], from: '2015-03', to: '2016', sort: 'oldest', page: 3 });
    expect(problems).toEqual([]);
  });

  test('accepts comma-separated values, codes in any case, and each spelling of a format slug', () => {
    expect(read('country=in,kr').state.country).toEqual(['IN', 'KR']);
    for (const spelling of ['2plus2-ministerial', '2%2B2-ministerial', '2+2-ministerial']) expect(read(`format=${spelling}`).state.format).toEqual(['2+2-ministerial']);
  });

  test('reports an unknown value and leaves it out instead of applying it', () => {
    const { state, problems } = read('country=XX&country=IN');
    expect(state.country).toEqual(['IN']);
    expect(problems).toEqual([{ key: 'country', value: 'XX', kind: 'unknown-value' }]);
  });

  test('reports unknown parameters, malformed dates, orders and pages', () => {
    expect(read('contry=IN&from=2015-13&sort=best&page=0').problems.map((problem) => problem.kind)).toEqual(['unknown-key', 'bad-date', 'bad-sort', 'bad-page']);
  });

  test('reads the single year of earlier links as a one-year range', () => {
    expect(read('year=2015').state).toMatchObject({ from: '2015', to: '2015' });
  });

  test('swaps a range given backwards, and says so', () => {
    const { state, problems } = read('from=2016&to=2015-06');
    expect(state).toMatchObject({ from: '2015-06', to: '2016' });
    expect(problems[0]!.kind).toBe('swapped-dates');
  });
});

describe('searchStateToParams', () => {
  test('leaves defaults out and writes format slugs as in addresses', () => {
    const params = searchStateToParams({ ...emptySearch(), q: ' 2+2 ', country: ['KR', 'IN'], format: ['2+2-ministerial'], page: 1 });
    expect(params.toString()).toBe('q=2%2B2&country=KR&country=IN&format=2plus2-ministerial');
  });

  test('round-trips through searchStateFromParams', () => {
    const state = { ...emptySearch(), q: 'الهند', official: ['takeshi-iwaya'], from: '2015', to: '2015-06', sort: 'newest' as const, page: 2 };
    expect(read(searchStateToParams(state).toString())).toEqual({ state, problems: [] });
  });
});

describe('searchStateToSort', () => {
  test('ranks by relevance when words are typed, else newest first', () => {
    expect(searchStateToSort(emptySearch(), true)).toBe('relevance');
    expect(searchStateToSort(emptySearch(), false)).toBe('newest');
    expect(searchStateToSort({ ...emptySearch(), sort: 'relevance' }, false)).toBe('newest');
    expect(searchStateToSort({ ...emptySearch(), sort: 'oldest' }, true)).toBe('oldest');
  });
});

describe('searchStateIsEmpty', () => {
  test('is true only when nothing is asked', () => {
    expect(searchStateIsEmpty({ ...emptySearch(), q: '  ', sort: 'oldest', page: 2 })).toBe(true);
    expect(searchStateIsEmpty({ ...emptySearch(), to: '2015' })).toBe(false);
  });
});
