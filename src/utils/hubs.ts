import type { EventData, Official } from '../schemas/event.ts';
import { HOME_COUNTRY } from '../config.ts';

/** An event as the hub helpers see it. */
export interface HubEvent {
  id: string;
  data: Pick<EventData, 'date' | 'parties' | 'mentions' | 'formats' | 'officials'>;
}

/** The events of one country: those where it was a party and those that only mention it. */
export interface CountryHub<T> {
  code: string;
  asParty: T[];
  mentionedIn: T[];
}

/** The events one official took part in, with every role they held. */
export interface OfficialHub<T> {
  id: string;
  official: Official;
  roles: string[];
  events: T[];
}

// Japan is a party to every event, so its hub would repeat the whole timeline; the home page is that timeline.

/** Groups events by country (Japan excepted), keeping the input order; countries sorted by code. */
export function eventsToCountryHubs<T extends HubEvent>(events: readonly T[]): CountryHub<T>[] {
  const hubs = new Map<string, CountryHub<T>>();
  const hubOf = (code: string) => {
    let hub = hubs.get(code);
    if (!hub) hubs.set(code, (hub = { code, asParty: [], mentionedIn: [] }));
    return hub;
  };
  for (const event of events) {
    for (const code of event.data.parties) if (code !== HOME_COUNTRY) hubOf(code).asParty.push(event);
    for (const code of event.data.mentions) if (code !== HOME_COUNTRY && !event.data.parties.includes(code)) hubOf(code).mentionedIn.push(event);
  }
  return [...hubs.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Groups events by official id, keeping the input order; the official's entry is taken from their first event. */
export function eventsToOfficialHubs<T extends HubEvent>(events: readonly T[]): OfficialHub<T>[] {
  const hubs = new Map<string, OfficialHub<T>>();
  for (const event of events) {
    for (const official of event.data.officials) {
      let hub = hubs.get(official.id);
      if (!hub) hubs.set(official.id, (hub = { id: official.id, official, roles: [], events: [] }));
      if (official.role && !hub.roles.includes(official.role)) hub.roles.push(official.role);
      // An official listed twice in one event counts once; events come in order, so a repeat is the last one added
      // (looking through the whole list instead cost n² for the officials of thousands of events).
      if (hub.events.at(-1) !== event) hub.events.push(event);
    }
  }
  return [...hubs.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Groups events by every format they involved, keeping the input order. */
export function eventsToFormatHubs<T extends HubEvent>(events: readonly T[]): Map<string, T[]> {
  const hubs = new Map<string, T[]>();
  for (const event of events) {
    for (const format of new Set(event.data.formats)) {
      const list = hubs.get(format) ?? [];
      list.push(event);
      hubs.set(format, list);
    }
  }
  return hubs;
}
