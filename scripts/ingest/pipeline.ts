import { seedEventToBuiltEvent, type BuildResult } from './buildEvents.ts';
import { seedToEvent, type SeedContext, type SeedInput, type SeedResult } from './seedToEvent.ts';
import { OFFICIALS, type GazetteerOfficial } from '../../src/data/index.ts';
import type { Official } from '../../src/schemas/event.ts';
import { extractEvent } from '../extract/extractEvent.ts';

/** The official gazetteer by id, in the shape event frontmatter uses (aliases: every other spelling, once). */
export function gazetteerToOfficials(entries: readonly GazetteerOfficial[]): Map<string, Official> {
  return new Map(
    entries.map((entry) => [
      entry.id,
      { id: entry.id, name: entry.name, aliases: [...new Set(entry.aliases)].filter((alias) => alias !== entry.name), country: entry.country, role: entry.role },
    ]),
  );
}

/** What every seed is read with: the extraction and the officials gazetteer of the data folder. */
export function createSeedContext(): SeedContext {
  return { extract: extractEvent, officialsById: gazetteerToOfficials(OFFICIALS) };
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
  /** The seed's file name. */
  seed: string;
  result: SeedResult;
  built?: BuildResult;
}

/** `runSeed`, then the event validated and written out as MDX: most events merge with none, so this work can be done in parallel. */
export function runSeedAndBuild(input: SeedInput, context: SeedContext): SeedOutcome {
  const result = runSeed(input, context);
  return result.ok ? { seed: input.name, result, built: seedEventToBuiltEvent(result.event, '', () => input.label) } : { seed: input.name, result };
}
