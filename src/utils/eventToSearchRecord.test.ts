import { describe, expect, test } from 'vitest';
import { eventToSearchRecord } from './eventToSearchRecord.ts';

const event = {
  id: '2015-03-02-in-2plus2-ministerial',
  date: '2015-03-02',
  datePrecision: 'day' as const,
  parties: ['IN', 'JP', 'VN'],
  format: '2+2-ministerial',
  formats: ['2+2-ministerial', 'summit'],
  officials: [{ id: 'takeshi-iwaya' }],
};
const terms = { primary: ['الهند', 'India', 'حوار 2+2 الوزاري', '2plus2-ministerial'], mentions: [] };

describe('eventToSearchRecord', () => {
  const record = eventToSearchRecord(event, terms);
  const meta = Object.fromEntries(record.meta);

  test('carries the search terms as metadata, one space between them', () => {
    expect(meta.terms).toBe('الهند India حوار 2+2 الوزاري 2plus2-ministerial');
  });

  test('leaves out empty metadata', () => {
    expect(meta).not.toHaveProperty('mentioned');
  });

  test('gives the result card its dates, format and partner countries without Japan', () => {
    expect(meta).toMatchObject({ date: '2015-03-02', dateLabel: '2 مارس 2015', format: '2+2-ministerial', countries: 'IN VN' });
    expect(meta.hijri).toMatch(/1436/);
  });

  test('filters by partner, official, every format, format family and period, each partner, format and period in a small filter of its own too, and gives its place in the date order', () => {
    expect(record.filters).toEqual([
      ['country', 'IN'],
      ['country', 'VN'],
      ['official', 'takeshi-iwaya'],
      ['format', '2+2-ministerial'],
      ['format', 'summit'],
      ['family', '2+2'],
      ['period', '2015-03'],
      ['country-IN', 'IN'],
      ['country-VN', 'VN'],
      ['format-2+2-ministerial', '2+2-ministerial'],
      ['format-summit', 'summit'],
      ['period-2015', '2015-03'],
      ['order', '2015-03-02 2015-03-02-in-2plus2-ministerial'],
    ]);
  });

  test('has the year alone as its period when only the year is known', () => {
    const yearOnly = eventToSearchRecord({ ...event, date: '2015-01-01', datePrecision: 'year' }, terms);
    expect(yearOnly.filters.filter(([key]) => key.startsWith('period'))).toEqual([['period', '2015'], ['period-2015', '2015']]);
    expect(Object.fromEntries(yearOnly.meta).dateLabel).toBe('2015');
  });

});
