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
  const terms = [
    ...[...event.parties, ...event.mentions].flatMap(sources.countryTerms),
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
