import type { EventData } from '../schemas/event.ts';
import { ALL_COUNTRY_CODES } from './countryNames.ts';
import { formatToEntry } from './gazetteers.ts';

/** What an editor's component asks for: a partner country (ISO code, any case) and/or a dialogue format slug. */
export interface EventFilter {
  country?: string;
  format?: string;
}

/**
 * The events where `country` is a party and `format` is one of the formats, in the order given. An unknown code or
 * slug throws, so a typo in an editor's page fails the build instead of showing an empty list.
 */
export function eventsMatching<T extends { data: Pick<EventData, 'parties' | 'formats'> }>(events: readonly T[], filter: EventFilter): T[] {
  const country = filter.country?.toUpperCase();
  if (country !== undefined && !ALL_COUNTRY_CODES.includes(country)) throw new Error(`Unknown country "${filter.country}": expected an ISO 3166-1 alpha-2 code such as IN`);
  const format = filter.format === undefined ? undefined : formatToEntry(filter.format).slug;
  return events.filter((event) => (country === undefined || event.data.parties.includes(country)) && (format === undefined || event.data.formats.includes(format)));
}
