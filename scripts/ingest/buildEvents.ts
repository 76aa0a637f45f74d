import { eventsToIds } from './eventId.ts';
import { eventToMdx } from './mdx.ts';
import { mergeSameEvents, type MergeNote } from './merge.ts';
import type { SeedEvent } from './seedEvent.ts';
import { validateEvent } from './validate.ts';
import type { EventData } from '../../src/schemas/event.ts';
import type { Confidence } from '../../src/schemas/confidence.ts';

/** An event ready to be written: its id (file name without .mdx) and the file's text. */
export interface BuiltEvent {
  id: string;
  seeds: string[];
  data: EventData;
  mdx: string;
  unconfirmedOfficials: string[];
  warnings: string[];
  /** How sure each field is (its review list is `data.review`). */
  confidence: Confidence;
}

/** A built event, or why its frontmatter is invalid. */
export type BuildResult = { ok: true; event: BuiltEvent } | { ok: false; errors: string[] };

/** Seed events (in seed-name order) → merged events and their ids, in the same order. */
export function seedEventsToPlan(seedEvents: readonly SeedEvent[]): { events: SeedEvent[]; ids: string[]; merges: MergeNote[] } {
  const { events, merges } = mergeSameEvents(seedEvents);
  return { events, ids: eventsToIds(events), merges };
}

/** One merged event → its validated frontmatter and MDX text, or the validation errors naming its seeds. */
export function seedEventToBuiltEvent(event: SeedEvent, id: string, seedToLabel: (seed: string) => string): BuildResult {
  const candidate = {
    ...event.data,
    source: event.sources.length === 1 ? event.sources[0]! : event.sources,
    seed: event.seeds.length === 1 ? event.seeds[0]! : event.seeds,
  };
  const valid = validateEvent(candidate, event.seeds.map(seedToLabel));
  if (!valid.ok) return valid;
  return {
    ok: true,
    event: { id, seeds: event.seeds, data: valid.event, mdx: eventToMdx(valid.event, event), unconfirmedOfficials: event.unconfirmedOfficials, warnings: event.warnings, confidence: event.confidence },
  };
}
