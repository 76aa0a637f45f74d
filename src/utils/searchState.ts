/** The filters the search page offers, in URL order. */
export const FILTER_KEYS = ['country', 'official', 'format', 'year'] as const;

export type FilterKey = (typeof FILTER_KEYS)[number];

/** What a search is: the words typed and one value per filter ('' when unset). */
export type SearchState = { q: string } & Record<FilterKey, string>;

/** Reads a search from a query string such as `?q=الهند&year=2024`. */
export function searchStateFromParams(params: URLSearchParams): SearchState {
  const state: SearchState = { q: params.get('q') ?? '', country: '', official: '', format: '', year: '' };
  for (const key of FILTER_KEYS) state[key] = params.get(key) ?? '';
  return state;
}

/** Writes a search as query parameters, leaving empty ones out so shared links stay short. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) if (state[key]) params.set(key, state[key]);
  return params;
}
