import { FEED_SIZE, type FeedEvent } from './eventsToFeed.ts';
import { valueToDigest } from './valueToDigest.ts';

// A feed prints its title, its description and its newest events (their id, title, summary and date), nothing of the
// build's day (src/utils/eventsToFeed.ts): unlike a page's key (src/utils/pageCacheKey.ts), a feed's holds no date.
/** The incremental build's cacheKey of a feed of `newestFirst` under `title` and `description`. */
export function feedCacheKey(title: string, description: string, newestFirst: readonly FeedEvent[]): string {
  const items = newestFirst.slice(0, FEED_SIZE).map((event) => ({ id: event.id, title: event.data.title, summary: event.data.summary, date: event.data.date }));
  return valueToDigest({ title, description, items });
}
