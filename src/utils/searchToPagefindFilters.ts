import { FACETS, type Facet, type SearchState } from './searchState.ts';

/** A Pagefind filter object: filter name → any of these values, or [] (no condition). */
export type PagefindFilters = Record<string, { any: string[] } | []>;

/**
 * The Pagefind filters of a search: each ticked facet as "any of its values", facets combined with "and", the period
 * values of its dates, and the format families its words named (queryToParts), which hold besides the ticked formats.
 * `countsFor` asks for a facet's value counts as if it were not ticked (how many results each value would give
 * instead): its condition is dropped and its name listed with no values, which Pagefind reads as no condition but
 * still loads, and counts.
 */
export function searchToPagefindFilters(state: Pick<SearchState, Facet>, periods: string[] | undefined, countsFor?: Facet, families: string[] = []): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const facet of FACETS) {
    if (facet === countsFor) filters[facet] = [];
    else if (state[facet].length > 0) filters[facet] = { any: [...state[facet]] };
  }
  if (periods) filters.period = { any: periods };
  if (families.length > 0) filters.family = { any: [...families] };
  return filters;
}
