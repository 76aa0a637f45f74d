import type { Facet } from '../../utils/searchState.ts';

/** One value a facet offers: what it filters by, its Arabic label, where its hub is. */
export interface FacetOption {
  value: string;
  label: string;
  href: string;
}

/** What the search page knows from the build, written into the page as JSON: the short facets' values and the timeline's years. */
export interface SearchPageData {
  /** The officials, hundreds of them, are in the page's #official-names list instead (readOfficialOptions). */
  facets: Record<Exclude<Facet, 'official'>, FacetOption[]>;
  years: { first: number; last: number };
  /** Tokens that name a family of formats (2+2, 2plus2) → the family (formatsToFamilies). */
  formatFamilies: Record<string, string>;
  pageSize: number;
}

/** The officials the build listed in #official-names, for the name field that adds one: id → option. */
export function readOfficialOptions(): FacetOption[] {
  return [...document.querySelectorAll<HTMLOptionElement>('#official-names option')].map((option) => ({ value: option.dataset.id!, label: option.value, href: `/officials/${option.dataset.id}/` }));
}

/** Reads the data the build wrote into #search-data. */
export function readSearchPageData(): SearchPageData {
  const script = document.getElementById('search-data');
  if (!script?.textContent) throw new Error('the search page has no #search-data');
  return JSON.parse(script.textContent) as SearchPageData;
}
