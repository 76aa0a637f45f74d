import { reasonToConfidence } from '../extract/fieldConfidence.ts';
import { sureConfidence } from '../../tests/helpers/sureConfidence.ts';
import { describe, expect, test } from 'vitest';
import { builtEventsToTable, compareOutputs, mergesToLines } from './report.ts';

describe('compareOutputs', () => {
  test('lists missing, stale and extra files', () => {
    const expected = new Map([
      ['a.mdx', 'A'],
      ['b.mdx', 'B'],
    ]);
    const actual = new Map([
      ['b.mdx', 'old'],
      ['c.mdx', 'C'],
    ]);
    expect(compareOutputs(expected, actual)).toEqual({ missing: ['a.mdx'], stale: ['b.mdx'], extra: ['c.mdx'] });
  });

  test('returns empty lists for identical outputs', () => {
    expect(compareOutputs(new Map([['a.mdx', 'A']]), new Map([['a.mdx', 'A']]))).toEqual({ missing: [], stale: [], extra: [] });
  });
});

describe('builtEventsToTable', () => {
  test('prints one row per seed with id, date source, parties and format', () => {
    const table = builtEventsToTable([
      {
        id: '2025-01-07-us-foreign-ministers-meeting',
        seeds: ['002.txt'],
        mdx: '',
        unconfirmedOfficials: [],
        warnings: [],
        confidence: { ...sureConfidence(), location: reasonToConfidence('locationCountryOnly') },
        data: { date: '2025-01-07', dateSource: 'text', datePrecision: 'day', parties: ['JP', 'US'], format: 'foreign-ministers-meeting', officials: [{}, {}] } as never,
      },
    ]);
    const row = table.split('\n')[1]!;
    expect(row).toMatch(/^002\.txt\s+2025-01-07-us-foreign-ministers-meeting\s+2025-01-07 \(text\)\s+JP,US\s+foreign-ministers-meeting\s+2\s+-\s+location 0\.40\s+-$/);
  });
});

describe('mergesToLines', () => {
  test('names the merged seeds', () => {
    expect(mergesToLines([{ seeds: ['a.txt', 'b.txt'] }])).toEqual(['merged into one event: a.txt + b.txt']);
  });
});
