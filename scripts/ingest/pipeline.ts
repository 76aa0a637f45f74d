import { seedEventsToBuiltEvents, seedEventToBuiltEvent, type BuildResult, type BuiltEvent } from './buildEvents.ts';
import type { MergeNote } from './merge.ts';
import type { SeedEvent } from './seedEvent.ts';
import { seedToEvent, type SeedContext, type SeedInput, type SeedResult } from './seedToEvent.ts';
import type { Official } from '../../src/schemas/event.ts';

/** A gazetteer entry of src/data/officials.json. */
interface GazetteerOfficial extends Official {
  nameEn?: string;
}

/** The official gazetteer by id, in the shape event frontmatter uses (aliases: every other spelling, once). */
export function gazetteerToOfficials(entries: readonly GazetteerOfficial[]): Map<string, Official> {
  return new Map(
    entries.map((entry) => [
      entry.id,
      { id: entry.id, name: entry.name, aliases: [...new Set(entry.aliases)].filter((alias) => alias !== entry.name), country: entry.country, role: entry.role },
    ]),
  );
}

/** `seedToEvent` that turns a crash of any stage into that seed's error, so the other seeds still get through. */
export function runSeed(input: SeedInput, context: SeedContext): SeedResult {
  try {
    return seedToEvent(input, context);
  } catch (error) {
    return { ok: false, errors: [`${input.label}: internal error while processing the article — ${(error as Error).message ?? String(error)}`] };
  }
}

/** A seed's result and, when it worked, its event built as if no other seed reported it (id left empty, to be given in seed order). */
export interface SeedOutcome {
  result: SeedResult;
  built?: BuildResult;
}

/** `runSeed`, then the event validated and written out as MDX: most events merge with none, so this work can be done in parallel. */
export function runSeedAndBuild(input: SeedInput, context: SeedContext): SeedOutcome {
  const result = runSeed(input, context);
  return result.ok ? { result, built: seedEventToBuiltEvent(result.event, '', () => input.label) } : { result };
}

/** The events of the seeds that worked, and the errors of those that did not. */
export function seedResultsToEvents(results: readonly SeedResult[]): { events: SeedEvent[]; errors: string[] } {
  const events: SeedEvent[] = [];
  const errors: string[] = [];
  for (const result of results) {
    if (result.ok) events.push(result.event);
    else errors.push(...result.errors);
  }
  return { events, errors };
}

/** Per-seed results (in seed-name order) → built events and every error, seed failures first. */
export function seedResultsToBuild(results: readonly SeedResult[], seedToLabel: (seed: string) => string): { built: BuiltEvent[]; errors: string[]; merges: MergeNote[] } {
  const { events, errors } = seedResultsToEvents(results);
  const build = seedEventsToBuiltEvents(events, seedToLabel);
  return { ...build, errors: [...errors, ...build.errors] };
}

/** The whole pure pipeline for seeds already in memory (used by the fixture tests; the CLI adds reading, caching and writing). */
export function seedsToBuild(inputs: readonly SeedInput[], context: SeedContext, seedToLabel: (seed: string) => string) {
  const sorted = [...inputs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return seedResultsToBuild(
    sorted.map((input) => runSeed(input, context)),
    seedToLabel,
  );
}
