import { HOME_COUNTRY } from '../../src/config.ts';
import { countryToUrlSlug, formatToUrlSlug } from '../../src/utils/slugs.ts';
import type { SeedEvent } from './seedEvent.ts';

/** `YYYY-MM-DD-<partners>-<format>`: partner codes lower case without the home country, the format as in URLs (`+` spelled `plus`). */
export function eventToBaseId(event: Pick<SeedEvent['data'], 'date' | 'parties' | 'format'>): string {
  const partners = event.parties.filter((code) => code !== HOME_COUNTRY).map(countryToUrlSlug);
  return [event.date, ...partners, formatToUrlSlug(event.format)].join('-');
}

/** A function that names events given one by one in seed-name order; a repeated id gets `-2`, `-3`… in that order. */
export function createIdSequence(): (data: Pick<SeedEvent['data'], 'date' | 'parties' | 'format'>) => string {
  const taken = new Set<string>();
  return (data) => {
    const base = eventToBaseId(data);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
}

/** Ids for events already in seed-name order; a repeated id gets `-2`, `-3`… in that order. */
export function eventsToIds(events: readonly Pick<SeedEvent, 'data'>[]): string[] {
  const nextId = createIdSequence();
  return events.map((event) => nextId(event.data));
}
