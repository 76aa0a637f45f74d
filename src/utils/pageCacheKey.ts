import { buildDate } from './buildDate.ts';
import { valueToDigest } from './valueToDigest.ts';

// Astro's incremental build (experimental.incrementalBuild) renders a page again only when its cacheKey or its code
// changed; Astro hashes the code (and the data modules it imports) itself. What a page shows beyond its code is what
// it is given here: its props, its share card (whose alt text it prints), whatever else it reads, and the build's day,
// which every page's footer (and an event's citation) prints.
/** The cacheKey of a page that shows `shown` (its props, and any data it reads besides): a digest that changes with any of it. */
export function pageCacheKey(shown: unknown, env: Record<string, string | undefined> = process.env): string {
  return valueToDigest({ shown, day: buildDate(env).toISOString().slice(0, 10) });
}
