import { describe, expect, test } from 'vitest';
import { PARTNERS } from './partners.ts';
import { gazetteersToSearchCases } from './searchCases.ts';

const partners = PARTNERS.map((partner) => ({ ...partner, name: partner.code === 'IN' ? 'الهند' : `اسم ${partner.code}`, capital: `عاصمة ${partner.code}` }));

describe('gazetteersToSearchCases', () => {
  const cases = gazetteersToSearchCases(partners, []);
  const params = cases.map((searchCase) => new URLSearchParams(searchCase.params));

  test('types every gazetteer query into the search box', () => {
    expect(params.filter((param) => [...param.keys()].join() === 'q').length).toBeGreaterThanOrEqual(24);
  });

  test('has the cases of issue 9: 2+2 three ways and as a filter, a country and a year by date, browsing, a next page, counts', () => {
    const queries = params.map((param) => param.get('q'));
    expect(queries).toEqual(expect.arrayContaining(['2+2', 'حوار 2+2', '2plus2', 'الهند 2015']));
    expect(params.some((param) => param.getAll('format').length === 2 && !param.has('q'))).toBe(true);
    expect(params.some((param) => param.get('q') === 'الهند' && param.get('from') === '2015' && param.get('sort') === 'oldest')).toBe(true);
    expect(params.some((param) => param.get('country') === 'IN' && !param.has('q'))).toBe(true);
    expect(cases.some((searchCase) => searchCase.next)).toBe(true);
    expect(cases.some((searchCase) => searchCase.open?.length)).toBe(true);
  });
});
