import { describe, expect, test } from 'vitest';
import { memoised } from './memoised.ts';

describe('memoised', () => {
  test('makes a value once, an undefined one too, and starts afresh when full', () => {
    const memo = new Map<string, number | undefined>();
    let made = 0;
    const make = (value: number | undefined) => () => (made++, value);
    expect(memoised(memo, 2, 'a', make(1))).toBe(1);
    expect(memoised(memo, 2, 'a', make(9))).toBe(1);
    expect(memoised(memo, 2, 'b', make(undefined))).toBeUndefined();
    expect(memoised(memo, 2, 'b', make(9))).toBeUndefined();
    expect(made).toBe(2);
    expect(memoised(memo, 2, 'c', make(3))).toBe(3);
    expect([...memo.keys()]).toEqual(['c']);
  });
});
