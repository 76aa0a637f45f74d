import { normalizeArabic } from '../arabic/fold.ts';
import { HOME_COUNTRY } from '../config.ts';

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

/** Search terms in two tiers: what the event is about (parties, officials, formats) ranks above countries it only mentions. */
export interface EventSearchTerms {
  primary: string[];
  mentions: string[];
}

// Japan is a party to every event: its many nisba forms would only add weight to every page, so only its English name is kept.
const HOME_COUNTRY_TERMS = ['Japan'];

/** Adds each term and its normalised form once, in order. */
function withNormalisedForms(terms: string[], exclude: ReadonlySet<string> = new Set()): string[] {
  const unique = new Set<string>();
  for (const term of terms) {
    const trimmed = term.trim();
    if (!trimmed) continue;
    for (const form of [trimmed, normalizeArabic(trimmed)]) if (!exclude.has(form)) unique.add(form);
  }
  return [...unique];
}

/** Every spelling a reader may type for an event's countries, officials and formats, plus their normalised forms, without duplicates. */
export function eventToSearchTerms(event: SearchableEvent, sources: SearchTermSources): EventSearchTerms {
  const countryTerms = (code: string) => (code === HOME_COUNTRY ? HOME_COUNTRY_TERMS : sources.countryTerms(code));
  const primary = withNormalisedForms([
    ...event.parties.flatMap(countryTerms),
    ...event.officials.flatMap((official) => [official.name, ...official.aliases, ...sources.officialTerms(official.id)]),
    ...event.formats.flatMap(sources.formatTerms),
  ]);
  const mentions = withNormalisedForms(event.mentions.filter((code) => code !== HOME_COUNTRY).flatMap(countryTerms), new Set(primary));
  return { primary, mentions };
}
