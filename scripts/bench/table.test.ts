import { describe, expect, test } from 'vitest';
import { rowsToTable } from './table.ts';

describe('rowsToTable', () => {
  test('returns a padded Markdown table with a verdict column', () => {
    const table = rowsToTable([
      { label: 'whole build', measured: '130 s', budget: '≤ 120 s', ok: false },
      { label: 'dist', measured: '12 MB', budget: '', ok: undefined },
    ]);
    expect(table.split('\n')).toEqual([
      '| figure      | measured | budget  | ok |',
      '|-------------|----------|---------|----|',
      '| whole build | 130 s    | ≤ 120 s | NO |',
      '| dist        | 12 MB    |         |    |',
    ]);
  });

  test('returns "yes" for a kept budget', () => {
    expect(rowsToTable([{ label: 'a', measured: '1 s', budget: '≤ 2 s', ok: true }])).toContain('| yes |');
  });
});
