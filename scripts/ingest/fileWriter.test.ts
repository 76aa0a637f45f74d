import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createInlineFileWriter, createThreadFileWriter, writeFailureToMessage, type FileWriter } from './fileWriter.ts';

const work = mkdtempSync(join(tmpdir(), 'file-writer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let folders = 0;
const folder = () => mkdtempSync(join(work, `${folders++}-`));

describe('writeFailureToMessage', () => {
  test('returns the path and the reason', () => {
    expect(writeFailureToMessage('out/a.mdx', new Error('EACCES: permission denied'))).toBe('out/a.mdx: could not be written — EACCES: permission denied');
  });
});

describe.each([
  ['createInlineFileWriter', createInlineFileWriter],
  ['createThreadFileWriter', createThreadFileWriter],
] as [string, () => FileWriter][])('%s', (_name, createWriter) => {
  test('writes every file, the last write of a path winning, and reports no failure', async () => {
    const dir = folder();
    const writer = createWriter();
    for (let i = 0; i < 40; i++) writer.write({ path: join(dir, `${i}.mdx`), text: `first ${i}` });
    writer.write({ path: join(dir, '3.mdx'), text: 'corrected' });
    expect(await writer.close()).toEqual([]);
    expect(readdirSync(dir)).toHaveLength(40);
    expect(readFileSync(join(dir, '3.mdx'), 'utf8')).toBe('corrected');
    expect(readFileSync(join(dir, '39.mdx'), 'utf8')).toBe('first 39');
  });

  test('closes at once with no failure when it was given no file', async () => {
    expect(await createWriter().close()).toEqual([]);
  });

  test('returns a failure naming each file it could not write, and still writes the others', async () => {
    const dir = folder();
    const writer = createWriter();
    writer.write({ path: join(dir, 'missing-folder', 'a.mdx'), text: 'x' });
    writer.write({ path: join(dir, 'b.mdx'), text: 'y' });
    const failures = await writer.close();
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(new RegExp(`^${join(dir, 'missing-folder', 'a.mdx')}: could not be written — ENOENT`));
    expect(readdirSync(dir)).toEqual(['b.mdx']);
  });
});
