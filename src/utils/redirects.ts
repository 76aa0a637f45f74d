/** Turns the ingest's `{ old-id: new-id }` table into Astro redirects between event permalinks. */
export function eventRedirectsToRoutes(table: Record<string, string>, file = 'src/data/redirects.json'): Record<string, string> {
  const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  const routes: Record<string, string> = {};
  for (const [oldId, newId] of Object.entries(table)) {
    if (!slug.test(oldId) || !slug.test(newId)) throw new Error(`${file}: "${oldId}" → "${newId}" is not a pair of event ids (lower-case Latin slugs)`);
    if (oldId !== newId) routes[`/events/${oldId}/`] = `/events/${newId}/`;
  }
  return routes;
}
