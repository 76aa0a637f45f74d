import { describe, expect, test } from 'vitest';
import { cacheToText, filesToFingerprint, seedToCacheKey, textToCache } from './cache.ts';

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

describe('textToCache', () => {
  test('returns the entries written by cacheToText with the same fingerprint', () => {
    const entries = new Map([['k', { ok: true }]]);
    expect(textToCache(cacheToText(entries, 'f'), 'f')).toEqual(entries);
  });

  test('returns nothing for another fingerprint, a missing file or broken JSON', () => {
    expect(textToCache(cacheToText(new Map([['k', 1]]), 'f'), 'g').size).toBe(0);
    expect(textToCache(undefined, 'f').size).toBe(0);
    expect(textToCache('{', 'f').size).toBe(0);
    expect(textToCache('{"fingerprint":"f",', 'f').size).toBe(0);
  });

  test('returns nothing for a file whose fingerprint differs only after its first characters', () => {
    expect(textToCache(cacheToText(new Map([['k', 1]]), 'f1'), 'f').size).toBe(0);
  });
});
