import { describe, expect, test } from 'vitest';
import { FEED_SIZE } from './eventsToFeed.ts';
import { feedCacheKey } from './feedCacheKey.ts';

const event = (n: number, title = `لقاء ${n}`) => ({ id: `2024-01-${String(n).padStart(2, '0')}-in-summit`, data: { title, summary: 'ملخص', date: `2024-01-${String(n).padStart(2, '0')}` } });
const events = Array.from({ length: 60 }, (_, i) => event(60 - i));

describe('feedCacheKey', () => {
  test('the same items keep the key, whatever the day of the build', () => {
    const before = feedCacheKey('t', 'd', events);
    process.env.SOURCE_DATE_EPOCH = String(1764547200 + 86400);
    try {
      expect(feedCacheKey('t', 'd', events.map((e) => ({ ...e, data: { ...e.data } })))).toBe(before);
    } finally {
      delete process.env.SOURCE_DATE_EPOCH;
    }
  });

  test('a change to a listed item, to the title or to the description changes it', () => {
    const key = feedCacheKey('t', 'd', events);
    expect(feedCacheKey('t', 'd', [event(60, 'عنوان آخر'), ...events.slice(1)])).not.toBe(key);
    expect(feedCacheKey('t2', 'd', events)).not.toBe(key);
    expect(feedCacheKey('t', 'd2', events)).not.toBe(key);
  });

  test('an event past the newest FEED_SIZE is not in the feed and does not change it', () => {
    const changedTail = [...events.slice(0, FEED_SIZE), event(5, 'عنوان آخر'), ...events.slice(FEED_SIZE + 1)];
    expect(feedCacheKey('t', 'd', changedTail)).toBe(feedCacheKey('t', 'd', events));
  });
});
