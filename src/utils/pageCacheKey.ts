import { valueToDigest } from './valueToDigest.ts';

// Astro's incremental build (experimental.incrementalBuild) renders a page again only when its cacheKey or its code
// changed; Astro hashes the code (and the data modules it imports) itself. What a page shows beyond its code is what
// it is given here: its props, its share card (whose alt text it prints), whatever else it reads. No keyed page prints
// the build's day (only the home page, which has no key, says when the archive was updated), so a build on a later day
// renders again only what changed.
/** The cacheKey of a page that shows `shown` (its props, and any data it reads besides): a digest that changes with any of it. */
export function pageCacheKey(shown: unknown): string {
  return valueToDigest({ shown });
}
