import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { eventsDirToRedirectsFile } from './contentFiles.ts';
import { readRedirectTable, redirectTableToPairs } from './redirects.ts';

const live = new Set(['2024-11-27-in-official-visit']);

describe('redirectTableToPairs', () => {
  test('returns a pair per renamed event', () => {
    expect(redirectTableToPairs({ '2024-11-27-in-other': '2024-11-27-in-official-visit' }, live)).toEqual([{ from: '2024-11-27-in-other', to: '2024-11-27-in-official-visit' }]);
  });
  test('skips an old id that is a live event again', () => {
    expect(redirectTableToPairs({ '2024-11-27-in-official-visit': '2024-11-27-in-other' }, live)).toEqual([]);
  });
  test('throws, naming the file, on something that is not an id', () => {
    expect(() => redirectTableToPairs({ '../x': 'y' }, live)).toThrow(/redirects\.json/);
  });
  test('throws when the target is not an event', () => {
    expect(() => redirectTableToPairs({ 'a-b': 'c-d' }, live)).toThrow(/not an event/);
  });
});

describe('readRedirectTable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('is empty for a corpus that has none', () => {
    expect(readRedirectTable(join(dir, 'absent.json'))).toEqual({});
  });
  test('reads the ingest’s table', () => {
    writeFileSync(join(dir, 'ok.json'), '{"a-b": "c-d"}\n');
    expect(readRedirectTable(join(dir, 'ok.json'))).toEqual({ 'a-b': 'c-d' });
  });
  test('names the file when it is not a table of ids', () => {
    writeFileSync(join(dir, 'bad.json'), '["a-b"]\n');
    expect(() => readRedirectTable(join(dir, 'bad.json'))).toThrow(/bad\.json: not an object/);
  });
});

describe('eventsDirToRedirectsFile', () => {
  test('puts the table beside the events folder', () => {
    expect(eventsDirToRedirectsFile('./content/events')).toBe('content/redirects.json');
  });
});
