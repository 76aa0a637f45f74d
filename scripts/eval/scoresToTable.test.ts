import { describe, expect, test } from 'vitest';
import { rowsToTable, type EvalRow } from './scoresToTable.ts';

const row = (right: number, total: number): EvalRow => ({ key: 'format', label: 'format', right, total, kind: 'share' });

describe('rowsToTable', () => {
  test.each<[number, number, string, string]>([
    [322, 332, '96.9%', 'NO'],
    [97, 100, '97.0%', 'yes'],
    [300, 309, '97.0%', 'yes'],
  ])('%i of %i reads %s against 0.97: %s (rounded down, so a share under the threshold never reads as reaching it)', (right, total, shown, ok) => {
    const line = rowsToTable([row(right, total)], { format: 0.97 }).split('\n')[2]!;
    expect(line).toContain(` ${shown} `);
    expect(line).toContain(` ${ok} `);
  });
});
