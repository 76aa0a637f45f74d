import { describe, expect, test } from 'vitest';
import { orderValuesToKeys } from './orderValuesToKeys.ts';

describe('orderValuesToKeys', () => {
  test.each([
    { values: ['2015-03-02 2015-03-02-in-summit'], keys: ['2015030200'] },
    { values: ['2015-03-02 2015-03-02-vn-summit', '2015-03-02 2015-03-02-in-summit', '2014-12-31 2014-12-31-us-call'], keys: ['2015030201', '2015030200', '2014123100'] },
  ])('keys sort as the values: $values', ({ values, keys }) => {
    const got = orderValuesToKeys(values);
    expect(values.map((value) => got.get(value))).toEqual(keys);
    expect([...got.values()].sort()).toEqual([...got.keys()].sort().map((value) => got.get(value)));
  });

  test('a page of another day leaves the keys of a day as they were', () => {
    const day = ['2015-03-02 2015-03-02-au-summit', '2015-03-02 2015-03-02-in-summit'];
    const before = orderValuesToKeys(day);
    const after = orderValuesToKeys([...day, '2015-03-01 2015-03-01-cn-call', '2015-03-03 2015-03-03-kr-call']);
    for (const value of day) expect(after.get(value)).toBe(before.get(value));
  });

  test('the 37th page of a day still sorts after the 36th', () => {
    const values = Array.from({ length: 40 }, (_, i) => `2020-01-01 2020-01-01-e${String(i).padStart(2, '0')}`);
    const keys = orderValuesToKeys(values);
    expect(values.map((value) => keys.get(value))).toEqual(values.map((value) => keys.get(value)).sort());
    expect(keys.get(values[36]!)).toBe('2020010110');
  });

  test.each([
    { values: ['2015-03-02'], error: /"2015-03-02" is not "<YYYY-MM-DD> <id>"/ },
    { values: ['summit 2015-03-02'], error: /not "<YYYY-MM-DD> <id>"/ },
    { values: ['2015-03-02 a', '2015-03-02 a'], error: /"2015-03-02 a" is given to two pages/ },
    { values: Array.from({ length: 1297 }, (_, i) => `2020-01-01 e${String(i).padStart(4, '0')}`), error: /more than 1296 event pages on 2020-01-01/ },
  ])('refuses $error', ({ values, error }) => {
    expect(() => orderValuesToKeys(values)).toThrow(error);
  });
});
