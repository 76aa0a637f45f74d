import { describe, expect, test } from 'vitest';
import { resultsToDateOrder } from './resultsToDateOrder.ts';

// Ids as the search step names event fragments: date, rank within the day, content hash.
const results = [{ id: '2015030201_9a1b2c3' }, { id: '2003111500_0ffee11' }, { id: '2024052900_1234567' }, { id: '2015030200_fedcba9' }];

describe('resultsToDateOrder', () => {
  test.each([
    { order: 'asc' as const, ids: ['2003111500_0ffee11', '2015030200_fedcba9', '2015030201_9a1b2c3', '2024052900_1234567'] },
    { order: 'desc' as const, ids: ['2024052900_1234567', '2015030201_9a1b2c3', '2015030200_fedcba9', '2003111500_0ffee11'] },
  ])('$order: by date, then by rank within the day, whatever the hashes', ({ order, ids }) => {
    expect(resultsToDateOrder(results, order).map((result) => result.id)).toEqual(ids);
  });

  test('leaves the given list as it was', () => {
    const before = results.map((result) => result.id);
    resultsToDateOrder(results, 'asc');
    expect(results.map((result) => result.id)).toEqual(before);
  });
});
