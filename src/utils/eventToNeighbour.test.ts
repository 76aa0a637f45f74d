import { describe, expect, test } from 'vitest';
import type { EventEntry } from './events.ts';
import { eventToNeighbour } from './eventToNeighbour.ts';
import { pageCacheKey } from './pageCacheKey.ts';

const entry = (officials: string[], digest: string) =>
  ({ collection: 'events', id: '2024-05-29-in-joint-working-group', digest, data: { title: 'اجتماع', date: '2024-05-29', datePrecision: 'day', officials } }) as unknown as EventEntry;

describe('eventToNeighbour', () => {
  test('keeps the link, the date and the title', () => {
    expect(eventToNeighbour(entry(['x'], 'a'))).toEqual({ id: '2024-05-29-in-joint-working-group', title: 'اجتماع', date: '2024-05-29', datePrecision: 'day' });
  });

  test('a page keyed by its neighbour links keeps its key when a neighbour\'s body or officials change', () => {
    const before = pageCacheKey({ props: { older: eventToNeighbour(entry(['x'], 'a')) } });
    expect(pageCacheKey({ props: { older: eventToNeighbour(entry(['x', 'y'], 'b')) } })).toBe(before);
    expect(pageCacheKey({ props: { older: entry(['x', 'y'], 'b') } })).not.toBe(pageCacheKey({ props: { older: entry(['x'], 'a') } }));
  });
});
