import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { openPhraseIndexCache } from './phraseIndexCache.ts';
import type { StoredPhraseIndex } from '../extract/phraseIndex.ts';

const work = mkdtempSync(join(tmpdir(), 'phrase-index-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const index: StoredPhraseIndex = [['كوريا', [[['الجنوبيه'], 0], [[], 2]]]];

describe('openPhraseIndexCache', () => {
  test('keeps what was built for the next run with the same fingerprint, and nothing for another', () => {
    const file = join(work, 'sub', 'indexes.bin');
    const first = openPhraseIndexCache(file, 'f1');
    expect(first.store.get('k')).toBeUndefined();
    first.save();
    expect(existsSync(file)).toBe(false);
    first.store.set('k', index);
    first.save();
    expect(openPhraseIndexCache(file, 'f1').store.get('k')).toEqual(index);
    expect(openPhraseIndexCache(file, 'f2').store.get('k')).toBeUndefined();
  });

  test('writes the file again only when an index was added', () => {
    const file = join(work, 'again.bin');
    const first = openPhraseIndexCache(file, 'f1');
    first.store.set('k', index);
    first.save();
    const written = statSync(file).mtimeMs;
    const second = openPhraseIndexCache(file, 'f1');
    second.save();
    expect(statSync(file).mtimeMs).toBe(written);
    second.store.set('other', index);
    second.save();
    const third = openPhraseIndexCache(file, 'f1').store;
    expect([third.get('k'), third.get('other')]).toEqual([index, index]);
  });

  test('goes on without a word when the file cannot be read or written', () => {
    // its folder's path is a file
    const blocked = join(work, 'a-file');
    writeFileSync(blocked, 'not a folder');
    const cache = openPhraseIndexCache(join(blocked, 'indexes.bin'), 'f1');
    cache.store.set('k', index);
    expect(() => cache.save()).not.toThrow();
    expect(existsSync(join(blocked, 'indexes.bin'))).toBe(false);
  });
});
