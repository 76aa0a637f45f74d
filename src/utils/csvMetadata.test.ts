import { describe, expect, test } from 'vitest';
import { csvMetadata } from './csvMetadata.ts';
import { CSV_COLUMNS } from './eventsToCsv.ts';

describe('csvMetadata', () => {
  const meta = csvMetadata({ csvUrl: 'https://timeline.example.org/events.csv', title: 'T', publisher: 'P', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/', modified: new Date('2026-12-01T00:00:00Z') });
  test('names the licence and the date of the data', () => {
    expect(meta).toMatchObject({ url: 'https://timeline.example.org/events.csv', 'dc:license': { '@id': 'https://creativecommons.org/licenses/by/4.0/' }, 'dc:modified': { '@value': '2026-12-01T00:00:00.000Z' } });
  });
  test('describes every column of the CSV, in order, lists with their separator', () => {
    const columns = (meta.tableSchema as { columns: Array<{ name: string; separator?: string; 'dc:description': string }> }).columns;
    expect(columns.map((c) => c.name)).toEqual([...CSV_COLUMNS]);
    expect(columns.find((c) => c.name === 'parties')?.separator).toBe('; ');
    for (const column of columns) expect(column['dc:description'].length).toBeGreaterThan(5);
  });
});
