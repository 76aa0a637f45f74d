import { HOME_COUNTRY, SEARCH_ORDER_FILTER } from '../config.ts';
import { dateToArabic, dateToHijri, type DatePrecision } from './dateToArabic.ts';
import type { EventSearchTerms } from './searchTerms.ts';
import { eventToPeriod } from './eventToPeriod.ts';
import { formatToFamily } from './formatToFamily.ts';
import { facetValueToFilterName, periodToFilterName } from './searchFilterNames.ts';

/** The parts of an event that its search record is made of. */
export interface RecordableEvent {
  id: string;
  date: string;
  datePrecision: DatePrecision;
  parties: string[];
  format: string;
  formats: string[];
  officials: Array<{ id: string }>;
}

/** What an event page gives Pagefind besides its text: metadata (searched and returned with results) and filters. */
export interface SearchRecord {
  meta: Array<[key: string, value: string]>;
  filters: Array<[key: string, value: string]>;
}

/**
 * The event's search record. The extra spellings readers search by (nisbas, English names, aliases, normalised forms)
 * go into metadata, which Pagefind searches but never shows, so they stay out of the page text, its excerpts, a
 * reader's copy and search engines. The result card is drawn from the rest: dates, format and partner countries.
 */
export function eventToSearchRecord(event: RecordableEvent, terms: EventSearchTerms): SearchRecord {
  const partners = event.parties.filter((code) => code !== HOME_COUNTRY);
  const period = eventToPeriod(event.date, event.datePrecision);
  const meta: SearchRecord['meta'] = [
    ['terms', terms.primary.join(' ')],
    ['mentioned', terms.mentions.join(' ')],
    ['date', event.date],
    ['dateLabel', dateToArabic(event.date, event.datePrecision)],
    ['hijri', dateToHijri(event.date, event.datePrecision)],
    ['format', event.format],
    ['countries', partners.join(' ')],
  ];
  const filters: SearchRecord['filters'] = [
    ...partners.map((code): [string, string] => ['country', code]),
    ...event.officials.map((official): [string, string] => ['official', official.id]),
    ...event.formats.map((format): [string, string] => ['format', format]),
    // The format families a query may name (2+2): a small filter of its own, cheaper to load than every format.
    ...[...new Set(event.formats.map(formatToFamily).filter((family) => family !== undefined))].map((family): [string, string] => ['family', family]),
    // The month, or the year alone when only the year is known (its stored month and day are placeholders).
    ['period', period],
    // What a search asks for (searchToPagefindFilters): each partner and format, and the period, in a small filter of
    // its own; the whole filters above are for the facet counts (searchFilterNames.ts).
    ...partners.map((code): [string, string] => [facetValueToFilterName('country', code), code]),
    ...event.formats.map((format): [string, string] => [facetValueToFilterName('format', format), format]),
    [periodToFilterName(period), period],
    // The page's place in the date order, for the search step's merge only: the id breaks ties within a day, as in
    // the timeline (ids start with the date).
    [SEARCH_ORDER_FILTER, `${event.date} ${event.id}`],
  ];
  return { meta: meta.filter(([, value]) => value !== ''), filters };
}
