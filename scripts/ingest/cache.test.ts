import { describe, expect, test } from 'vitest';
import { bytesToCache, CACHE_SHARDS, cacheKeyToShard, cacheToBytes, cacheToChunks, cacheToShards, filesToFingerprint, seedToCacheKey, shardChanged } from './cache.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('seedToCacheKey', () => {
  test('returns the same key for the same inputs', () => {
    expect(seedToCacheKey('s/a.txt', bytes('x'), undefined, 'f')).toBe(seedToCacheKey('s/a.txt', bytes('x'), undefined, 'f'));
  });

  test('changes with the seed bytes, the sidecar, the label and the fingerprint', () => {
    const base = seedToCacheKey('s/a.txt', bytes('x'), undefined, 'f');
    expect(seedToCacheKey('s/a.txt', bytes('y'), undefined, 'f')).not.toBe(base);
    expect(seedToCacheKey('s/a.txt', bytes('x'), bytes(''), 'f')).not.toBe(base);
    expect(seedToCacheKey('s/b.txt', bytes('x'), undefined, 'f')).not.toBe(base);
    expect(seedToCacheKey('s/a.txt', bytes('x'), undefined, 'g')).not.toBe(base);
  });
});

describe('filesToFingerprint', () => {
  test('changes when a gazetteer file changes', () => {
    const a = filesToFingerprint([{ path: 'officials.json', bytes: bytes('[]') }]);
    const b = filesToFingerprint([{ path: 'officials.json', bytes: bytes('[{}]') }]);
    expect(a).not.toBe(b);
  });
});

describe('bytesToCache', () => {
  test('returns the entries written by cacheToBytes with the same fingerprint', () => {
    const entries = new Map([['k', { ok: true, errors: ['a'] }]]);
    expect(bytesToCache(cacheToBytes(entries, 'f'), 'f')).toEqual(entries);
  });

  test('returns nothing for another fingerprint, a missing file or broken bytes', () => {
    expect(bytesToCache(cacheToBytes(new Map([['k', 1]]), 'f'), 'g').size).toBe(0);
    expect(bytesToCache(undefined, 'f').size).toBe(0);
    expect(bytesToCache(new TextEncoder().encode('{'), 'f').size).toBe(0);
    const cut = cacheToBytes(new Map([['k', 'a long enough value']]), 'f');
    expect(bytesToCache(cut.subarray(0, cut.length - 5), 'f').size).toBe(0);
  });

  test('returns nothing for a fingerprint that only starts like the expected one', () => {
    expect(bytesToCache(cacheToBytes(new Map([['k', 1]]), 'f1'), 'f').size).toBe(0);
  });
});

describe('cacheToShards', () => {
  test('puts each key in the shard of its first hex digit, and every entry in one shard', () => {
    const keys = ['0a', 'f1', '3c', '3d', 'a0'];
    const shards = cacheToShards(new Map(keys.map((key) => [key, key.toUpperCase()])));
    expect(shards).toHaveLength(CACHE_SHARDS);
    expect([...shards[3]!.keys()]).toEqual(['3c', '3d']);
    expect(shards.reduce((sum, shard) => sum + shard.size, 0)).toBe(keys.length);
    for (const key of keys) expect(shards[cacheKeyToShard(key)]!.get(key)).toBe(key.toUpperCase());
  });
});

describe('shardChanged', () => {
  test('is false for the same keys in any order, true for a key added, removed or replaced', () => {
    const read = new Map([['3a', 1], ['3b', 2]]);
    expect(shardChanged(read, new Map([['3b', 2], ['3a', 1]]))).toBe(false);
    expect(shardChanged(read, new Map([['3a', 1], ['3b', 2], ['3c', 3]]))).toBe(true);
    expect(shardChanged(read, new Map([['3a', 1]]))).toBe(true);
    expect(shardChanged(read, new Map([['3a', 1], ['3c', 2]]))).toBe(true);
  });
});

describe('cacheToChunks', () => {
  test('gives the bytes of cacheToBytes in two pieces', () => {
    const entries = new Map([['k', { ok: true }]]);
    expect(Buffer.concat(cacheToChunks(entries, 'f')).equals(cacheToBytes(entries, 'f'))).toBe(true);
  });
});
