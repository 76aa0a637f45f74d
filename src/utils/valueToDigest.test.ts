import { describe, expect, test } from 'vitest';
import { valueToDigest } from './valueToDigest.ts';

const entry = (id: string, digest: string, title = 't') => ({ collection: 'events', id, digest, data: { title } });

describe('valueToDigest', () => {
  test('the same value gives the same digest, whatever the order of its keys', () => {
    expect(valueToDigest({ a: 1, b: [1, 'x', null] })).toBe(valueToDigest({ b: [1, 'x', null], a: 1 }));
  });

  test('any change of a value, however deep, changes the digest', () => {
    const base = valueToDigest({ page: { data: [1, 2], total: 2 }, year: 2024 });
    expect(valueToDigest({ page: { data: [1, 3], total: 2 }, year: 2024 })).not.toBe(base);
    expect(valueToDigest({ page: { data: [2, 1], total: 2 }, year: 2024 })).not.toBe(base);
    expect(valueToDigest({ page: { data: [1, 2], total: 2 }, year: '2024' })).not.toBe(base);
    expect(valueToDigest({ page: { data: [1, 2], total: 2 } })).not.toBe(base);
  });

  test('a content entry counts by its collection, id and file digest', () => {
    expect(valueToDigest(entry('a', 'd1'))).toBe(valueToDigest({ ...entry('a', 'd1'), rendered: { html: '<p>x</p>' } }));
    expect(valueToDigest(entry('a', 'd2'))).not.toBe(valueToDigest(entry('a', 'd1')));
    expect(valueToDigest(entry('b', 'd1'))).not.toBe(valueToDigest(entry('a', 'd1')));
  });

  test('an object without a digest counts by its whole content', () => {
    expect(valueToDigest({ collection: 'events', id: 'a', data: { title: 'x' } })).not.toBe(valueToDigest({ collection: 'events', id: 'a', data: { title: 'y' } }));
  });

  test('arrays and nesting are not confused with each other', () => {
    expect(valueToDigest([[1, 2], 3])).not.toBe(valueToDigest([1, [2, 3]]));
    expect(valueToDigest(['a,b'])).not.toBe(valueToDigest(['a', 'b']));
    expect(valueToDigest(new Map([['a', 1]]))).not.toBe(valueToDigest(new Map([['a', 2]])));
  });
});

describe('valueToDigest, values JSON does not tell apart', () => {
  test('undefined is not null, and dates and addresses count by their value', () => {
    expect(valueToDigest({ a: undefined })).not.toBe(valueToDigest({ a: null }));
    expect(valueToDigest(new Date(0))).not.toBe(valueToDigest(new Date(1000)));
    expect(valueToDigest(new URL('https://a.example/'))).not.toBe(valueToDigest(new URL('https://b.example/')));
    expect(valueToDigest(new Set(['a']))).not.toBe(valueToDigest(new Set(['b'])));
  });

  test('a content entry counts by all of its data, however deep', () => {
    const official = (role: string) => ({ collection: 'events', id: 'a', digest: 'd1', data: { title: 'x', officials: [{ id: 'o', role }] } });
    expect(valueToDigest(official('وزير الخارجية'))).not.toBe(valueToDigest(official('وزير الدفاع')));
  });

  test('a content entry whose data changed with the same file changes the digest', () => {
    expect(valueToDigest({ collection: 'events', id: 'a', digest: 'd1', data: { title: 'x' } })).not.toBe(valueToDigest({ collection: 'events', id: 'a', digest: 'd1', data: { title: 'y' } }));
  });
});
