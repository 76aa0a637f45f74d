import { HOME_COUNTRY } from '../config.ts';
import { dateToArabic, dateToHijri, type DatePrecision } from './dateToArabic.ts';
import type { EventSearchTerms } from './searchTerms.ts';
import { eventToPeriod } from './eventToPeriod.ts';
import { formatToFamily } from './formatToFamily.ts';

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

/** What an event page gives Pagefind besides its text: metadata (searched and returned with results), filters and sorts. */
export interface SearchRecord {
  meta: Array<[key: string, value: string]>;
  filters: Array<[key: string, value: string]>;
  sorts: Array<[key: string, value: string]>;
}

/**
 * The event's search record. The extra spellings readers search by (nisbas, English names, aliases, normalised forms)
 * go into metadata, which Pagefind searches but never shows, so they stay out of the page text, its excerpts, a
 * reader's copy and search engines. The result card is drawn from the rest: dates, format and partner countries.
 */
export function eventToSearchRecord(event: RecordableEvent, terms: EventSearchTerms): SearchRecord {
  const partners = event.parties.filter((code) => code !== HOME_COUNTRY);
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
    ['period', eventToPeriod(event.date, event.datePrecision)],
  ];
  // The id breaks ties between events of one day, in the timeline's order (ids start with the date).
  const sorts: SearchRecord['sorts'] = [['date', `${event.date} ${event.id}`]];
  return { meta: meta.filter(([, value]) => value !== ''), filters, sorts };
}
