import { describe, expect, test } from 'vitest';
import { countsToYearSeries } from './countsToYearSeries.ts';

describe('countsToYearSeries', () => {
  test('orders years oldest first and fills the gaps with zeros', () => {
    expect(countsToYearSeries([{ year: 2025, count: 3 }, { year: 2022, count: 1 }])).toEqual([
      { year: 2022, count: 1 },
      { year: 2023, count: 0 },
      { year: 2024, count: 0 },
      { year: 2025, count: 3 },
    ]);
  });

  test('adds up a year given twice, and gives nothing for no years', () => {
    expect(countsToYearSeries([{ year: 2020, count: 2 }, { year: 2020, count: 5 }])).toEqual([{ year: 2020, count: 7 }]);
    expect(countsToYearSeries([])).toEqual([]);
  });
});
