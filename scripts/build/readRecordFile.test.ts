import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readRecordFile } from './readRecordFile.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'record-file-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('readRecordFile', () => {
  test.each([
    ['an object', '{"a":[1,"2"]}', { a: [1, '2'] }],
    ['half written', '{"a":[1,', {}],
    ['a list', '[1,2]', {}],
    ['null', 'null', {}],
  ])('%s', (_, text, record) => {
    const file = path.join(dir, `${_}.json`);
    fs.writeFileSync(file, text);
    expect(readRecordFile(file)).toEqual(record);
  });

  test('no file: an empty record', () => {
    expect(readRecordFile(path.join(dir, 'missing.json'))).toEqual({});
  });
});
