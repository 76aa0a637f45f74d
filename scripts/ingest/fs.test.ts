import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { keepNewestFileGroups, writeChunksSync } from './fs.ts';

const dir = mkdtempSync(join(tmpdir(), 'ingest-fs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeChunksSync', () => {
  test('writes the pieces one after the other, through a temporary file that does not stay', () => {
    const path = join(dir, 'out.bin');
    writeChunksSync(path, [Buffer.from('head\n'), Buffer.alloc(100_000, 7)]);
    const bytes = readFileSync(path);
    expect(bytes.length).toBe(100_005);
    expect(bytes.subarray(0, 5).toString()).toBe('head\n');
    expect(readdirSync(dir)).toEqual(['out.bin']);
  });
});

describe('keepNewestFileGroups', () => {
  test('keeps the files of the newest groups, a group as new as its newest file, and leaves other names alone', () => {
    const folder = mkdtempSync(join(dir, 'g-'));
    const write = (name: string, seconds: number) => {
      writeFileSync(join(folder, name), name);
      utimesSync(join(folder, name), seconds, seconds);
    };
    // group a: one old shard and one new; group b: both middling; group c: the oldest; an unrelated file
    write('aaaaaaaaaaaaaaaa.0.bin', 100);
    write('aaaaaaaaaaaaaaaa.1.bin', 900);
    write('bbbbbbbbbbbbbbbb.0.bin', 500);
    write('bbbbbbbbbbbbbbbb.f.bin', 500);
    write('cccccccccccccccc.bin', 200);
    write('notes.txt', 1);
    keepNewestFileGroups(folder, /^([0-9a-f]{16})(?:\.[0-9a-f])?\.bin$/, 2);
    expect(readdirSync(folder).sort()).toEqual(['aaaaaaaaaaaaaaaa.0.bin', 'aaaaaaaaaaaaaaaa.1.bin', 'bbbbbbbbbbbbbbbb.0.bin', 'bbbbbbbbbbbbbbbb.f.bin', 'notes.txt']);
  });
});
