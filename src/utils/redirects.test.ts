import { describe, expect, test } from 'vitest';
import { redirectTableToPairs } from './redirects.ts';

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
