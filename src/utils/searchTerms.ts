import { normalizeArabic } from './normalizeArabic.ts';

/** The parts of an event that readers search by. */
export interface SearchableEvent {
  parties: string[];
  mentions: string[];
  formats: string[];
  officials: Array<{ id: string; name: string; aliases: string[] }>;
}

/** Where the extra spellings come from: country names/nisbas/English, gazetteer aliases, format labels. */
export interface SearchTermSources {
  countryTerms: (code: string) => string[];
  officialTerms: (id: string) => string[];
  formatTerms: (slug: string) => string[];
}

/** Every spelling a reader may type for an event's countries, officials and formats, plus their normalised forms, without duplicates. */
export function eventToSearchTerms(event: SearchableEvent, sources: SearchTermSources): string[] {
  // Japan is a party to every event, so its names would only add weight to every page.
  const countries = [...event.parties, ...event.mentions].filter((code) => code !== 'JP');
  const terms = [
    ...countries.flatMap(sources.countryTerms),
    ...event.officials.flatMap((official) => [official.name, ...official.aliases, ...sources.officialTerms(official.id)]),
    ...event.formats.flatMap(sources.formatTerms),
  ];
  const unique = new Set<string>();
  for (const term of terms) {
    const trimmed = term.trim();
    if (!trimmed) continue;
    unique.add(trimmed);
    unique.add(normalizeArabic(trimmed));
  }
  return [...unique];
}
