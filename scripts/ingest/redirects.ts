import { yamlToData } from '../../src/utils/yaml.ts';

export type Redirects = Record<string, string>;

/** The seed file names an existing event file was built from (its frontmatter `seed`); empty if unreadable. */
export function mdxToSeedNames(text: string): string[] {
  if (!text.startsWith('---\n')) return [];
  const end = text.indexOf('\n---', 3);
  const frontmatter = text.slice(4, end === -1 ? undefined : end);
  const at = frontmatter.search(/^seed:/m);
  if (at === -1) return [];
  // Fast path for the files ingest writes itself: `seed: "x.txt"` or a block list of quoted names, last in the frontmatter.
  const own = /^seed:(?: ("(?:[^"\\]|\\.)*")| *((?:\n  - "(?:[^"\\]|\\.)*")+))\s*$/.exec(frontmatter.slice(at));
  if (own) {
    const quoted = own[1] ? [own[1]] : own[2]!.split('\n  - ').slice(1);
    return quoted.map((name) => JSON.parse(name) as string);
  }
  try {
    const seed = (yamlToData(frontmatter.slice(at)) as { seed?: unknown } | undefined)?.seed;
    if (typeof seed === 'string') return [seed];
    return Array.isArray(seed) ? seed.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Adds `old → new` for every seed whose event id changed, so published permalinks keep working. Redirects are kept
 * forever, chains are collapsed (A→B, B→C gives A→C and B→C), ids in use again stop redirecting, keys are sorted.
 */
export function updateRedirects(existing: Readonly<Redirects>, previousIdBySeed: ReadonlyMap<string, string>, events: readonly { id: string; seeds: readonly string[] }[]): Redirects {
  const redirects = new Map(Object.entries(existing));
  const liveIds = new Set(events.map((event) => event.id));
  for (const event of events) {
    for (const seed of event.seeds) {
      const previous = previousIdBySeed.get(seed);
      if (previous && previous !== event.id && !liveIds.has(previous)) redirects.set(previous, event.id);
    }
  }
  for (const id of liveIds) redirects.delete(id);
  const resolved: Redirects = {};
  for (const from of [...redirects.keys()].sort()) {
    let to = redirects.get(from)!;
    const seen = new Set([from]);
    while (redirects.has(to) && !seen.has(to)) {
      seen.add(to);
      to = redirects.get(to)!;
    }
    // A chain that loops back has no page to end on: drop it.
    if (!redirects.has(to) && to !== from) resolved[from] = to;
  }
  return resolved;
}
