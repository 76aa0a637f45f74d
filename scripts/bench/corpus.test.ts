import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isProtectedFolder, loadSeedPools, writeSyntheticSeeds } from './corpus.ts';

const root = path.resolve(import.meta.dirname, '../..');
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-test-'));
const readAll = (dir: string) => fs.readdirSync(dir).sort().map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]);

describe('isProtectedFolder', () => {
  test('returns true for seeds/, content/ and folders inside them', () => {
    expect(isProtectedFolder(root, path.join(root, 'seeds'))).toBe(true);
    expect(isProtectedFolder(root, path.join(root, 'content/events'))).toBe(true);
  });

  test('returns false for a temp folder or a look-alike name', () => {
    expect(isProtectedFolder(root, os.tmpdir())).toBe(false);
    expect(isProtectedFolder(root, path.join(root, 'seeds-synthetic'))).toBe(false);
  });
});

describe('writeSyntheticSeeds', () => {
  test('returns N files, byte-identical for the same seed', async () => {
    const pools = await loadSeedPools(root);
    const [a, b] = [tempDir(), tempDir()];
    writeSyntheticSeeds(pools, { count: 30, seed: 42, out: a });
    writeSyntheticSeeds(pools, { count: 30, seed: 42, out: b });
    expect(fs.readdirSync(a)).toHaveLength(30);
    expect(readAll(a)).toEqual(readAll(b));
  });

  test('returns different files for a different seed', async () => {
    const pools = await loadSeedPools(root);
    const [a, b] = [tempDir(), tempDir()];
    writeSyntheticSeeds(pools, { count: 5, seed: 1, out: a });
    writeSyntheticSeeds(pools, { count: 5, seed: 2, out: b });
    expect(readAll(a)).not.toEqual(readAll(b));
  });

  test('throws for a folder that already holds seeds', async () => {
    const pools = await loadSeedPools(root);
    const dir = tempDir();
    writeSyntheticSeeds(pools, { count: 1, seed: 1, out: dir });
    expect(() => writeSyntheticSeeds(pools, { count: 1, seed: 1, out: dir })).toThrow(/already holds \.txt files/);
  });
});
