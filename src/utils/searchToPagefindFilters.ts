import { FACETS, type Facet, type SearchState } from './searchState.ts';
import { FACETS_FILTERED_BY_VALUE, facetValueToFilterName, periodToFilterName } from './searchFilterNames.ts';

/** A condition on one filter: any of these values. */
type AnyOf = { any: string[] };
/** A Pagefind filter object: filter name → a condition; `all` holds conditions that must all be met. */
export interface PagefindFilters {
  all?: PagefindCondition[];
  [filter: string]: AnyOf | PagefindCondition[] | undefined;
}
/** One condition: a filter's values, or any of several filters' (`{ any: [{ 'country-IN': 'IN' }, …] }`). */
export type PagefindCondition = Record<string, AnyOf | string> | { any: PagefindCondition[] };

/** Any of these conditions (one needs no wrapper). */
function anyOf(conditions: PagefindCondition[]): PagefindCondition {
  return conditions.length === 1 ? conditions[0]! : { any: conditions };
}

/**
 * The Pagefind filters of a search: each ticked facet as "any of its values", facets combined with "and", the period
 * values of its dates, and the format families its words named (queryToParts), which hold besides the ticked formats.
 * A ticked country or format, and the periods, are asked of their small filters (searchFilterNames.ts), so that
 * Pagefind loads and counts only the events they hold. `countsFor` is the search whose results a facet's value counts
 * are read from (as if the facet were not ticked: how many results each value would give instead): its condition is
 * dropped. The page counts them itself (countFacet): Pagefind would have to load the facet's whole filter.
 */
export function searchToPagefindFilters(state: Pick<SearchState, Facet>, periods: string[] | undefined, countsFor?: Facet, families: string[] = []): PagefindFilters {
  const filters: PagefindFilters = {};
  const all: PagefindCondition[] = [];
  for (const facet of FACETS) {
    if (facet === countsFor || state[facet].length === 0) continue;
    else if ((FACETS_FILTERED_BY_VALUE as readonly string[]).includes(facet)) all.push(anyOf(state[facet].map((value) => ({ [facetValueToFilterName(facet, value)]: value }))));
    else all.push({ [facet]: { any: [...state[facet]] } });
  }
  if (periods) {
    const byFilter = new Map<string, string[]>();
    for (const period of periods) byFilter.set(periodToFilterName(period), [...(byFilter.get(periodToFilterName(period)) ?? []), period]);
    // A range outside the timeline has no period: a condition no event meets.
    all.push(periods.length === 0 ? { period: { any: [] } } : anyOf([...byFilter].map(([filter, values]) => ({ [filter]: { any: values } }))));
  }
  if (families.length > 0) all.push({ family: { any: [...families] } });
  if (all.length > 0) filters.all = all;
  return filters;
}
