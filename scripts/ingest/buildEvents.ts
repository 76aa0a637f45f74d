import { eventsToIds } from './eventId.ts';
import { eventToMdx } from './mdx.ts';
import { mergeSameEvents, type MergeNote } from './merge.ts';
import type { SeedEvent } from './seedEvent.ts';
import { validateEvent } from './validate.ts';
import type { EventData } from '../../src/schemas/event.ts';

/** An event ready to be written: its id (file name without .mdx) and the file's text. */
export interface BuiltEvent {
  id: string;
  seeds: string[];
  data: EventData;
  mdx: string;
  unconfirmedOfficials: string[];
  warnings: string[];
}

/** Seed events (in seed-name order) → merged, named, validated MDX files, plus every validation error. */
export function seedEventsToBuiltEvents(
  seedEvents: readonly SeedEvent[],
  seedToLabel: (seed: string) => string,
): { built: BuiltEvent[]; errors: string[]; merges: MergeNote[] } {
  const { events, merges } = mergeSameEvents(seedEvents);
  const ids = eventsToIds(events);
  const built: BuiltEvent[] = [];
  const errors: string[] = [];
  events.forEach((event, i) => {
    const candidate = {
      ...event.data,
      source: event.sources.length === 1 ? event.sources[0]! : event.sources,
      seed: event.seeds.length === 1 ? event.seeds[0]! : event.seeds,
    };
    const valid = validateEvent(candidate, event.seeds.map(seedToLabel));
    if (!valid.ok) {
      errors.push(...valid.errors);
      return;
    }
    built.push({
      id: ids[i]!,
      seeds: event.seeds,
      data: valid.event,
      mdx: eventToMdx(valid.event, event),
      unconfirmedOfficials: event.unconfirmedOfficials,
      warnings: event.warnings,
    });
  });
  return { built, errors, merges };
}
