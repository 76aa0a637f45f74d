import { describe, expect, test } from 'vitest';
import { mdxToSeedNames, updateRedirects } from './redirects.ts';

describe('mdxToSeedNames', () => {
  test('returns the one seed of an event', () => {
    expect(mdxToSeedNames('---\ntitle: "x"\nseed: "001_a.txt"\n---\n\nbody\n')).toEqual(['001_a.txt']);
  });

  test('returns every seed of a merged event', () => {
    expect(mdxToSeedNames('---\ntitle: "x"\nseed:\n  - "001_a.txt"\n  - "002_b.txt"\n---\n')).toEqual(['001_a.txt', '002_b.txt']);
  });

  test('returns nothing for a file without frontmatter', () => {
    expect(mdxToSeedNames('hello')).toEqual([]);
  });
});

describe('updateRedirects', () => {
  test('records the old id of a seed whose id changed', () => {
    expect(updateRedirects({}, new Map([['a.txt', 'old']]), [{ id: 'new', seeds: ['a.txt'] }])).toEqual({ old: 'new' });
  });

  test('keeps earlier redirects and collapses chains', () => {
    expect(updateRedirects({ first: 'old' }, new Map([['a.txt', 'old']]), [{ id: 'new', seeds: ['a.txt'] }])).toEqual({ first: 'new', old: 'new' });
  });

  test('drops a redirect whose source id is live again', () => {
    expect(updateRedirects({ back: 'other' }, new Map([['a.txt', 'other']]), [{ id: 'back', seeds: ['a.txt'] }])).toEqual({ other: 'back' });
  });

  test('redirects the id of a seed merged into another event', () => {
    const previous = new Map([
      ['a.txt', 'ev-a'],
      ['b.txt', 'ev-b'],
    ]);
    expect(updateRedirects({}, previous, [{ id: 'ev-a', seeds: ['a.txt', 'b.txt'] }])).toEqual({ 'ev-b': 'ev-a' });
  });

  test('returns keys in sorted order', () => {
    expect(Object.keys(updateRedirects({ z: 'x', a: 'x' }, new Map(), [{ id: 'x', seeds: [] }]))).toEqual(['a', 'z']);
  });
});

describe('mdxToSeedNames on hand-edited files', () => {
  test('reads a seed that is not the last key', () => {
    expect(mdxToSeedNames("---\nseed: 'a.txt'\ntitle: x\n---\n")).toEqual(['a.txt']);
  });

  test('reads escaped quotes in a name', () => {
    expect(mdxToSeedNames('---\nseed: "a \\"b\\".txt"\n---\n')).toEqual(['a "b".txt']);
  });
});
