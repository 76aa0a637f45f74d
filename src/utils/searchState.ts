import { formatToUrlSlug } from './slugs.ts';

/** The facets readers tick (several values of one facet widen the search; facets narrow each other), in URL order. */
export const FACETS = ['country', 'format', 'official'] as const;
export type Facet = (typeof FACETS)[number];

/** Result orders; with no words typed there is nothing to rank, so relevance falls back to newest first. */
export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORTS)[number];

/** A whole search, as its URL holds it. */
export interface SearchState {
  q: string;
  country: string[];
  format: string[];
  official: string[];
  /** 'YYYY' or 'YYYY-MM', or '' for open. */
  from: string;
  to: string;
  /** '' is the default order. */
  sort: SortOrder | '';
  /** 1-based. */
  page: number;
}

/** The values a URL may name: what the site has (country codes, format slugs, official ids). */
export type SearchVocabulary = Record<Facet, readonly string[]>;

/** Something in the URL that the search could not use as it stands. */
export interface SearchProblem {
  key: string;
  value: string;
  kind: 'unknown-key' | 'unknown-value' | 'bad-date' | 'bad-page' | 'bad-sort' | 'swapped-dates' | 'page-beyond';
}

/** A search that asks for nothing (fresh lists each time, so callers may fill them). */
export function emptySearch(): SearchState {
  return { q: '', country: [], format: [], official: [], from: '', to: '', sort: '', page: 1 };
}

const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;
// `year` is the single-year filter of earlier shared links; it reads as from = to = that year.
const KNOWN_KEYS = new Set<string>(['q', ...FACETS, 'from', 'to', 'sort', 'page', 'year']);

/** Each spelling a URL may use for a value → the value: codes in any case; format slugs as in addresses (2plus2-…), as stored (2+2-…) or with the + an unencoded URL turns into a space. */
function valueLookup(facet: Facet, values: readonly string[]): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const value of values) {
    lookup.set(value.toLowerCase(), value);
    if (facet === 'format') {
      lookup.set(formatToUrlSlug(value).toLowerCase(), value);
      lookup.set(value.replaceAll('+', ' ').toLowerCase(), value);
    }
  }
  return lookup;
}

/** Every value given for a key, repeated (`country=IN&country=VN`) or comma-separated (`country=IN,VN`). */
function listValues(params: URLSearchParams, key: string): string[] {
  return params.getAll(key).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
}

/** Reads a search from a query string, keeping what it can and listing every value it could not use. */
export function searchStateFromParams(params: URLSearchParams, vocabulary: SearchVocabulary): { state: SearchState; problems: SearchProblem[] } {
  const problems: SearchProblem[] = [];
  const state: SearchState = { ...emptySearch(), q: (params.get('q') ?? '').trim() };
  for (const key of new Set(params.keys())) if (!KNOWN_KEYS.has(key)) problems.push({ key, value: params.get(key) ?? '', kind: 'unknown-key' });
  for (const facet of FACETS) {
    const lookup = valueLookup(facet, vocabulary[facet]);
    for (const value of listValues(params, facet)) {
      const known = lookup.get(value.toLowerCase());
      if (known === undefined) problems.push({ key: facet, value, kind: 'unknown-value' });
      else if (!state[facet].includes(known)) state[facet].push(known);
    }
  }
  const year = params.get('year')?.trim() ?? '';
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key)?.trim() || (year && /^\d{4}$/.test(year) ? year : '');
    if (!value) continue;
    if (DATE.test(value)) state[key] = value;
    else problems.push({ key, value, kind: 'bad-date' });
  }
  if (year && !/^\d{4}$/.test(year)) problems.push({ key: 'year', value: year, kind: 'bad-date' });
  if (state.from && state.to && dateRangeStart(state.to) < dateRangeStart(state.from)) {
    problems.push({ key: 'from', value: `${state.from} > ${state.to}`, kind: 'swapped-dates' });
    [state.from, state.to] = [state.to, state.from];
  }
  const sort = params.get('sort')?.trim() ?? '';
  if ((SORTS as readonly string[]).includes(sort)) state.sort = sort as SortOrder;
  else if (sort) problems.push({ key: 'sort', value: sort, kind: 'bad-sort' });
  const page = params.get('page')?.trim() ?? '';
  if (/^[1-9]\d{0,5}$/.test(page)) state.page = Number(page);
  else if (page) problems.push({ key: 'page', value: page, kind: 'bad-page' });
  return { state, problems };
}

/** The first month a 'YYYY' or 'YYYY-MM' bound covers, as 'YYYY-MM', for comparing bounds. */
function dateRangeStart(bound: string): string {
  return bound.length === 4 ? `${bound}-01` : bound;
}

/** Writes a search as query parameters, leaving defaults out so shared links stay short; format slugs as in addresses. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const facet of FACETS) {
    for (const value of state[facet]) params.append(facet, facet === 'format' ? formatToUrlSlug(value) : value);
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** The order a search is shown in: the chosen one, else relevance when words were typed and newest first when not. */
export function searchStateToSort(state: SearchState, hasWords: boolean): SortOrder {
  if (!hasWords) return state.sort === 'oldest' ? 'oldest' : 'newest';
  return state.sort || 'relevance';
}

/** True when the search asks for something: words, a facet value or a date bound. */
export function searchStateIsEmpty(state: SearchState): boolean {
  return !state.q.trim() && FACETS.every((facet) => state[facet].length === 0) && !state.from && !state.to;
}
