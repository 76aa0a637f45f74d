// Pagefind counts every value of every filter it has loaded against the results of each search (Vec::contains, in
// pagefind_web/src/filter.rs), so a search that loads a facet's whole filter pays for every event of the archive in
// it. A ticked country or format therefore has a filter of its own, and the period filter is cut by year; the whole
// filters stay for the facet counts. Officials (1,600 in the gazetteer) keep one filter: a filter per official would
// add a name per official to the metadata every reader loads.

/** The facets whose ticked values search by a filter of their own. */
export const FACETS_FILTERED_BY_VALUE = ['country', 'format'] as const;

/** The filter of one ticked value: `country-IN`, `format-2+2-ministerial`. */
export function facetValueToFilterName(facet: string, value: string): string {
  return `${facet}-${value}`;
}

/** The filter that holds a period ('YYYY-MM', or 'YYYY' for events dated to the year): its year's, `period-2015`. */
export function periodToFilterName(period: string): string {
  return `period-${period.slice(0, 4)}`;
}
