import { gazetteersToQueries } from './queries.ts';
import type { GeneratorOfficial, PartnerCountry } from './seedText.ts';

/** One search the benchmark runs through the search page, as a reader would: its URL parameters (set in the form and submitted). */
export interface SearchCase {
  label: string;
  /** The search as URL parameters, e.g. `q=الهند&from=2015&to=2015&sort=oldest`. */
  params: string;
  /** Facets unfolded before the search, so their value counts are computed too. */
  open?: string[];
  /** Then go to the next page of the results. */
  next?: boolean;
}

/**
 * The searches a researcher makes: names typed (countries, nisbas, English names, officials), then the cases of
 * issue 9: 2+2 in three spellings and as a format filter, a country and a year sorted by date (typed, or as a range),
 * a country's events with no words (faceted browsing), the next page of a result list, and facet counts following a query.
 */
export function gazetteersToSearchCases(partners: PartnerCountry[], officials: GeneratorOfficial[]): SearchCase[] {
  const typed = gazetteersToQueries(partners, officials).map((query) => ({ label: query, params: new URLSearchParams({ q: query }).toString() }));
  const country = partners[0]!;
  const year = '2015';
  const cases: SearchCase[] = [
    { label: '2+2', params: new URLSearchParams({ q: '2+2' }).toString() },
    { label: 'حوار 2+2', params: new URLSearchParams({ q: 'حوار 2+2' }).toString() },
    { label: '2plus2', params: 'q=2plus2' },
    { label: 'format filter: both 2+2 formats, no words', params: 'format=2plus2-ministerial&format=2plus2-vice-ministerial' },
    { label: `${country.name} ${year}, oldest first`, params: new URLSearchParams({ q: `${country.name} ${year}`, sort: 'oldest' }).toString() },
    { label: `${country.name} + ${year} range, oldest first`, params: new URLSearchParams({ q: country.name, from: year, to: year, sort: 'oldest' }).toString() },
    { label: `${country.code} events, no words, newest first`, params: `country=${country.code}` },
    { label: `${country.name}, page 2`, params: new URLSearchParams({ q: country.name }).toString(), next: true },
    { label: `${country.name} with every facet's counts`, params: new URLSearchParams({ q: country.name }).toString(), open: ['country', 'format', 'official'] },
  ];
  return [...typed, ...cases];
}
