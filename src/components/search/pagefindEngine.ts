import { normalizeArabic } from '../../arabic/fold.ts';
import { pagefindFilterToCounts } from '../../utils/pagefindFilterToCounts.ts';
import { resultsToDateOrder } from '../../utils/resultsToDateOrder.ts';
import { loadFilterValues } from './pagefindFiles.ts';
import type { PagefindFilters } from '../../utils/searchToPagefindFilters.ts';

/** What Pagefind returns for one result once its fragment is loaded. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** One result before its fragment is loaded. */
export interface PagefindResult {
  id: string;
  matchedMetaFields?: string[];
  data: () => Promise<ResultData>;
}

/** Value counts per filter name, for the filters Pagefind has loaded. */
export type FilterCounts = Record<string, Record<string, number>>;

interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, options?: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options: Record<string, unknown>) => Promise<PagefindResponse>;
}

/** One search: the words (null lists events by filters alone), the filters, and a date order or none (relevance). */
export interface EngineQuery {
  words: string | null;
  filters: PagefindFilters;
  sort?: 'asc' | 'desc';
}

/** A search's results, with the words that found them (the typed ones, or their normalised spelling). */
export interface EngineResponse extends PagefindResponse {
  words: string | null;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';

// Excerpt length in words: two or three lines of a result card.
const EXCERPT_WORDS = 26;
// The search terms of an event's parties, officials and formats weigh more than a country its text only mentions;
// the title keeps Pagefind's default boost.
const META_WEIGHTS = { title: 5, terms: 2, mentioned: 0.5 };

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind on first use only, so the search page itself fetches nothing until the reader starts using it. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (module) => {
    // On the page's own thread: in its worker, Pagefind 1.6 frees each result of an earlier search with a message of
    // its own once the page's garbage collector reaches it, thousands at once at 50,000 events, which held a later
    // search up by 0.2-0.5 s; a search itself takes the thread 10-70 ms there.
    await module.options({ excerptLength: EXCERPT_WORDS, excerptEllipsis: '…', noWorker: true, ranking: { metaWeights: META_WEIGHTS } });
    await module.init();
    return module;
  });
  return pagefind;
}

/** Fetches the index chunks of words being typed, so that the search itself has less to wait for. */
export function preloadWords(words: string): void {
  if (words.trim()) void loadPagefind().then((engine) => engine.preload(words.trim()), () => {});
}

/**
 * Runs a search as typed; only when that finds nothing does it retry the normalised spelling (hamza, alef maqsura,
 * ta marbuta, diacritics). Pagefind's Arabic stemmer already folds most variants, and event pages carry normalised
 * search terms, so a second search on every query would only double the latency.
 */
export async function searchEngine(query: EngineQuery): Promise<EngineResponse> {
  const engine = await loadPagefind();
  const options = { filters: query.filters };
  const inOrder = (response: PagefindResponse, words: string | null): EngineResponse => ({ ...response, results: query.sort ? resultsToDateOrder(response.results, query.sort) : response.results, words });
  const asTyped = await engine.search(query.words, options);
  const normalized = query.words === null ? null : normalizeArabic(query.words);
  if (asTyped.results.length > 0 || normalized === query.words) return inOrder(asTyped, query.words);
  return inOrder(await engine.search(normalized, options), normalized);
}

/**
 * How many results each value of a facet gives under the given words and filters (the facet's own condition dropped,
 * see searchToPagefindFilters' countsFor): the results of that search, or `results` when they are those of the search
 * shown, counted against the facet's whole filter by the page itself (pagefindFilterToCounts), so that Pagefind never
 * loads a whole facet filter and later searches do not pay for it.
 */
export async function countFacet(words: string | null, filters: PagefindFilters, facet: string, results?: readonly PagefindResult[]): Promise<Record<string, number>> {
  const found = results ?? (await (await loadPagefind()).search(words, { filters })).results;
  const { values, pageNames } = await loadFilterValues(facet);
  return pagefindFilterToCounts(values, pageNames, new Set(found.map((result) => result.id)));
}
