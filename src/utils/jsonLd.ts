import type { DatePrecision } from './dateToArabic.ts';

/** Serialises a JSON-LD object for a <script> element: `<` is escaped so article text can never close the element. */
export function jsonLdToScriptText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A country as JSON-LD needs it: ISO 3166-1 alpha-2 code and Arabic name. */
export interface LdCountry {
  code: string;
  name: string;
}

/** What the Event JSON-LD needs to know about one event. */
export interface EventLdInput {
  url: string;
  title: string;
  date: string;
  datePrecision: DatePrecision;
  /** A phone or video call: an online event with no place. */
  online: boolean;
  place?: { city: string; country: LdCountry };
  people: Array<{ name: string; role: string; country: LdCountry }>;
  parties: Array<LdCountry & { url: string }>;
  sources: Array<{ url?: string; outlet?: string; publishedAt?: string }>;
}

const country = (c: LdCountry) => ({ '@type': 'Country', name: c.name, identifier: c.code });

// The summary is left to the page's meta description: an event page must stay within 30 KB.
// Officials of the country where the meeting took place host it (organizer); the others attend it. A call has no host.
/** Builds a schema.org Event describing one diplomatic event (without @context: it goes into a @graph). */
export function eventToJsonLd(event: EventLdInput): Record<string, unknown> {
  const hostCode = event.online ? undefined : event.place?.country.code;
  const person = (p: EventLdInput['people'][number]) => ({ '@type': 'Person', name: p.name, jobTitle: p.role || undefined, nationality: country(p.country) });
  const organizers = event.people.filter((p) => hostCode !== undefined && p.country.code === hostCode);
  const attendees = event.people.filter((p) => !organizers.includes(p));
  const articles = event.sources.filter((s) => s.url);
  return {
    '@type': 'Event',
    name: event.title,
    startDate: event.date.slice(0, event.datePrecision === 'year' ? 4 : event.datePrecision === 'month' ? 7 : 10),
    inLanguage: 'ar',
    url: event.url,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: event.online ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    ...(!event.online && event.place
      ? {
          location: {
            '@type': 'Place',
            name: [event.place.city, event.place.country.name].filter(Boolean).join('، '),
            address: { '@type': 'PostalAddress', addressLocality: event.place.city || undefined, addressCountry: event.place.country.code },
          },
        }
      : {}),
    ...(organizers.length > 0 ? { organizer: organizers.map(person) } : {}),
    ...(attendees.length > 0 ? { attendee: attendees.map(person) } : {}),
    about: event.parties.map((party) => ({ ...country(party), url: party.url })),
    ...(articles.length > 0
      ? {
          subjectOf: articles.map((s) => ({
            '@type': 'NewsArticle',
            url: s.url,
            ...(s.outlet ? { publisher: { '@type': 'Organization', name: s.outlet } } : {}),
            ...(s.publishedAt ? { datePublished: s.publishedAt } : {}),
          })),
        }
      : {}),
  };
}

/** Builds a schema.org BreadcrumbList from the trail of pages leading to this one, first to last. */
export function trailToBreadcrumbJsonLd(trail: ReadonlyArray<{ name: string; url: string }>): Record<string, unknown> {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, i) => ({ '@type': 'ListItem', position: i + 1, name: step.name, item: step.url })),
  };
}
