import { SLUG_PATTERN as slug } from '../schemas/primitives.ts';

/** Checks the ingest's `{ old-id: new-id }` table and keeps the pairs that still need a redirect (the old id is no live event). */
export function redirectTableToPairs(table: Record<string, string>, liveIds: ReadonlySet<string>, file = 'src/data/redirects.json'): Array<{ from: string; to: string }> {
  const pairs: Array<{ from: string; to: string }> = [];
  for (const [from, to] of Object.entries(table)) {
    if (!slug.test(from) || !slug.test(to)) throw new Error(`${file}: "${from}" → "${to}" is not a pair of event ids (lower-case Latin slugs)`);
    if (from === to || liveIds.has(from)) continue;
    if (!liveIds.has(to)) throw new Error(`${file}: "${from}" redirects to "${to}", which is not an event`);
    pairs.push({ from, to });
  }
  return pairs;
}

// Written by ingest when a seed's event id changes; absent until the first change, which a glob tolerates.
const redirectFiles = import.meta.glob<Record<string, string>>('../data/redirects.json', { eager: true, import: 'default' });

/** The redirect table of src/data/redirects.json, or an empty one. */
export const REDIRECT_TABLE: Record<string, string> = Object.values(redirectFiles)[0] ?? {};
