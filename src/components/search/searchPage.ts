import { countToArabic, NOUNS } from '../../utils/arabicCount.ts';
import { normalizeArabic } from '../../arabic/fold.ts';
import { searchStateFromParams, searchStateToParams, FILTER_KEYS, type SearchState } from '../../utils/searchState.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options: Record<string, unknown>) => Promise<{ results: PagefindResult[] }>;
}

// Results loaded per step: each one costs a fragment fetch, so more wait for the reader to ask.
const RESULTS_PER_STEP = 6;
const PAGEFIND_URL = '/pagefind/pagefind.js';

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind on first use only, so the search page itself fetches nothing until the reader searches. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (module) => {
    await module.options({ excerptLength: 0 });
    await module.init();
    return module;
  });
  return pagefind;
}

/**
 * Runs the query as typed; only when it finds nothing does it retry the normalised spelling (hamza, alef maqsura,
 * ta marbuta, diacritics). Pagefind's Arabic stemmer already folds most variants, and event pages carry normalised
 * search terms, so a second search on every query would only double the latency.
 */
async function findResults(state: SearchState): Promise<PagefindResult[]> {
  const engine = await loadPagefind();
  const filters = Object.fromEntries(FILTER_KEYS.flatMap((key) => (state[key] ? [[key, state[key]]] : [])));
  const query = state.q.trim();
  if (!query) return (await engine.search(null, { filters, sort: { date: 'desc' } })).results;
  const asTyped = await engine.search(query, { filters });
  const normalized = normalizeArabic(query);
  if (asTyped.results.length > 0 || normalized === query) return asTyped.results;
  return (await engine.search(normalized, { filters })).results;
}

function renderResult(data: { url: string; meta: Record<string, string> }): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'card p-4';
  const date = document.createElement('p');
  date.className = 'text-sm muted';
  date.textContent = data.meta.dateLabel ?? data.meta.date ?? '';
  const heading = document.createElement('h2');
  heading.className = 'text-lg font-bold';
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'title-link';
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const summary = document.createElement('p');
  summary.className = 'muted';
  summary.textContent = data.meta.summary ?? '';
  item.append(date, heading, summary);
  return item;
}

/** Wires the search form: URL ⇄ form, Pagefind on first use, results announced in a live region. */
export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('#q')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  let generation = 0;
  let pending: PagefindResult[] = [];

  const showNext = async (mine: number) => {
    const step = pending.slice(0, RESULTS_PER_STEP);
    pending = pending.slice(RESULTS_PER_STEP);
    const data = await Promise.all(step.map((result) => result.data()));
    if (mine !== generation) return;
    list.append(...data.map(renderResult));
    more.hidden = pending.length === 0;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;

  const readForm = (): SearchState => searchStateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const writeForm = (state: SearchState) => {
    input.value = state.q;
    for (const key of FILTER_KEYS) form.querySelector<HTMLSelectElement>(`[name="${key}"]`)!.value = state[key];
  };

  const update = async (state: SearchState) => {
    const params = searchStateToParams(state).toString();
    history.replaceState(null, '', params ? `?${params}` : location.pathname);
    const mine = ++generation;
    if (!state.q.trim() && FILTER_KEYS.every((key) => !state[key])) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      delete status.dataset.state;
      return;
    }
    status.textContent = 'جارٍ البحث…';
    status.dataset.state = 'searching';
    try {
      const results = await findResults(state);
      if (mine !== generation) return;
      list.replaceChildren();
      pending = results;
      await showNext(mine);
      if (mine !== generation) return;
      status.dataset.state = 'done';
      status.textContent = results.length === 0 ? 'لا نتائج. جرّب كتابة أخرى للاسم أو أزل أحد المرشّحات.' : `${countToArabic(results.length, NOUNS.result)}.`;
    } catch (error) {
      if (mine !== generation) return;
      status.dataset.state = 'error';
      status.textContent = 'تعذّر تحميل فهرس البحث. هل بُني الموقع مع Pagefind؟';
      console.warn(error);
    }
  };

  more.addEventListener('click', () => void showNext(generation));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update(readForm());
  });
  form.addEventListener('change', () => void update(readForm()));
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(readForm()), 200);
  });
  input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
  form.addEventListener('reset', () => setTimeout(() => void update(readForm())));

  const initial = searchStateFromParams(new URLSearchParams(location.search));
  writeForm(initial);
  void update(initial);
}
