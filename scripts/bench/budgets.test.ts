import { describe, expect, test } from 'vitest';
import { figuresForCount, keepsBudget, measurementsToRows, rowsToExitCode, type Figure } from './budgets.ts';

const rate: Figure = { key: 'rate', label: 'ingest', unit: 'seeds/s', bound: 'min', limit: 2000 };
const seconds: Figure = { key: 'seconds', label: 'build', unit: 's', bound: 'max', limit: 120 };
const size: Figure = { key: 'size', label: 'dist', unit: 'MB' };

describe('keepsBudget', () => {
  test('returns true at the limit and false beyond it for a max budget', () => {
    expect(keepsBudget(seconds, 120)).toBe(true);
    expect(keepsBudget(seconds, 120.5)).toBe(false);
  });

  test('returns false below the limit for a min budget', () => {
    expect(keepsBudget(rate, 1999)).toBe(false);
    expect(keepsBudget(rate, 2000)).toBe(true);
  });
});

describe('measurementsToRows', () => {
  test('returns the budget text and verdict for a budgeted figure', () => {
    expect(measurementsToRows({ seconds: 130.26 }, [seconds])).toEqual([{ label: 'build', measured: '130 s', budget: '≤ 120 s', ok: false }]);
  });

  test('returns no verdict for a figure without a budget', () => {
    expect(measurementsToRows({ size: 12.34 }, [size])).toEqual([{ label: 'dist', measured: '12.3 MB', budget: '', ok: undefined }]);
  });

  test('returns "not measured" for a missing value', () => {
    expect(measurementsToRows({}, [rate])[0]).toMatchObject({ measured: 'not measured', ok: undefined });
  });
});

describe('rowsToExitCode', () => {
  test('returns 1 when a budget is missed', () => {
    expect(rowsToExitCode(measurementsToRows({ rate: 2500, seconds: 121 }, [rate, seconds]))).toBe(1);
  });

  test('returns 0 when every budget is kept or not measured', () => {
    expect(rowsToExitCode(measurementsToRows({ rate: 2500 }, [rate, seconds, size]))).toBe(0);
  });
});

describe('figuresForCount', () => {
  const limit = (count: number, key: string) => figuresForCount(count).find((figure) => figure.key === key)?.limit;
  test('returns SPEC §5 budgets at 10,000 seeds and those of the complete archive beyond', () => {
    expect([limit(10_000, 'buildSeconds'), limit(10_000, 'rebuildOneSeconds'), limit(10_000, 'peakMb')]).toEqual([120, 20, 4096]);
    expect([limit(50_000, 'buildSeconds'), limit(50_000, 'rebuildOneSeconds'), limit(50_000, 'peakMb')]).toEqual([240, 60, 4096]);
    expect(limit(50_000, 'searchP95Ms')).toBe(150);
  });
});
