import { existsSync, readFileSync } from 'node:fs';
import { SLUG_PATTERN as slug } from '../schemas/primitives.ts';
import { redirectsTable } from '../schemas/tables/wordLists.ts';
import { EVENTS_DIR, eventsDirToRedirectsFile } from './contentFiles.ts';

/** Checks the ingest's `{ old-id: new-id }` table and keeps the pairs that still need a redirect (the old id is no live event). */
export function redirectTableToPairs(table: Record<string, string>, liveIds: ReadonlySet<string>, file = 'content/redirects.json'): Array<{ from: string; to: string }> {
  const pairs: Array<{ from: string; to: string }> = [];
  for (const [from, to] of Object.entries(table)) {
    if (!slug.test(from) || !slug.test(to)) throw new Error(`${file}: "${from}" → "${to}" is not a pair of event ids (lower-case Latin slugs)`);
    if (from === to || liveIds.has(from)) continue;
    if (!liveIds.has(to)) throw new Error(`${file}: "${from}" redirects to "${to}", which is not an event`);
    pairs.push({ from, to });
  }
  return pairs;
}

/** Reads a redirect table; a corpus whose ids never changed has none. */
export function readRedirectTable(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  const table = redirectsTable.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!table.success) throw new Error(`${file}: not an object of old id → new id (${table.error.issues[0]?.message})`);
  return table.data;
}

/** Where the redirects of the events being built are. */
export const REDIRECTS_FILE = eventsDirToRedirectsFile(EVENTS_DIR);

/** The redirect table written by the ingest beside the events being built, or an empty one. */
export const REDIRECT_TABLE: Record<string, string> = readRedirectTable(REDIRECTS_FILE);
