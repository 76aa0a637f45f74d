import { describe, expect, test } from 'vitest';
import { bytesToCache, cacheToBytes, filesToFingerprint, seedToCacheKey } from './cache.ts';

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
