/** Serialises a JSON-LD object for a <script> element: `<` is escaped so article text can never close the element. */
export function jsonLdToScriptText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** What the Event JSON-LD needs to know about one event. */
export interface EventLdInput {
  url: string;
  title: string;
  summary: string;
  date: string;
  city: string;
  countryName: string;
  people: Array<{ name: string; role: string; countryName: string }>;
  parties: Array<{ name: string; url: string }>;
  sourceUrls: string[];
}

/** Builds a schema.org Event describing one diplomatic event. */
export function eventToJsonLd(event: EventLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    startDate: event.date,
    inLanguage: 'ar',
    url: event.url,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(event.countryName
      ? {
          location: {
            '@type': 'Place',
            name: [event.city, event.countryName].filter(Boolean).join('، '),
            address: { '@type': 'PostalAddress', addressLocality: event.city || undefined, addressCountry: event.countryName },
          },
        }
      : {}),
    performer: event.people.map((person) => ({ '@type': 'Person', name: person.name, jobTitle: person.role || undefined, nationality: person.countryName })),
    about: event.parties.map((party) => ({ '@type': 'Country', name: party.name, url: party.url })),
    ...(event.sourceUrls.length > 0 ? { subjectOf: event.sourceUrls.map((url) => ({ '@type': 'NewsArticle', url })) } : {}),
  };
}
