import { countToArabic, NOUNS } from '../../utils/arabicCount.ts';
import { dateRangeToPeriods } from '../../utils/dateRangeToPeriods.ts';
import { queryToParts } from '../../utils/queryToParts.ts';
import { searchProblemToArabic } from '../../utils/searchProblemToArabic.ts';
import { emptySearch, FACETS, searchStateFromParams, searchStateIsEmpty, searchStateToParams, searchStateToSort, type Facet, type SearchProblem, type SearchState, type SortOrder } from '../../utils/searchState.ts';
import { searchToPagefindFilters } from '../../utils/searchToPagefindFilters.ts';
import { findControls, readControls, renderChosen, showFacetCounts, writeControls } from './facetControls.ts';
import { readOfficialOptions, readSearchPageData, type FacetOption } from './pageData.ts';
import { countFacet, loadPagefind, preloadWords, searchEngine, type EngineResponse } from './pagefindEngine.ts';
import { renderPager } from './renderPager.ts';
import { renderResult } from './renderResult.ts';

/** How a shown search enters the browser's history. */
type HistoryMode = 'push' | 'replace' | 'none';

/** The last search shown, kept to count facet values when a facet is unfolded. */
interface Shown {
  state: SearchState;
  periods: string[] | undefined;
  /** Format families the words named (2+2). */
  families: string[];
  response: EngineResponse;
}

// Typing shows results once the reader pauses this long.
const TYPING_PAUSE_MS = 250;
// Fragments asked for before the first card is drawn: about a screenful.
const FIRST_FRAGMENTS = 4;

/** Wires the search page: URL ⇄ form, Pagefind on first use, pages of results, facet counts, places restored on Back. */
export function runSearchPage(): void {
  const data = readSearchPageData();
  const officials = readOfficialOptions();
  const lists: Record<Facet, FacetOption[]> = { ...data.facets, official: officials };
  const options = Object.fromEntries(FACETS.map((facet) => [facet, new Map(lists[facet].map((option) => [option.value, option]))])) as Record<Facet, Map<string, FacetOption>>;
  const vocabulary = Object.fromEntries(FACETS.map((facet) => [facet, lists[facet].map((option) => option.value)])) as Record<Facet, string[]>;
  const officialByName = new Map(officials.map((official) => [official.label, official.value]));
  const timelineYears = Array.from({ length: data.years.last - data.years.first + 1 }, (_, i) => data.years.first + i);
  const labels = { formats: options.format, countries: options.country };
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const controls = findControls(form, options);
  const officialAdd = form.querySelector<HTMLInputElement>('#official-add')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const pager = document.querySelector<HTMLElement>('#search-pages')!;
  const problemsBox = document.querySelector<HTMLElement>('#search-problems')!;
  const chosen = document.querySelector<HTMLUListElement>('#search-chosen')!;
  const heading = document.querySelector<HTMLElement>('#results-heading')!;
  const template = document.querySelector<HTMLTemplateElement>('#search-result-template')!;
  const facetsBox = document.querySelector<HTMLElement>('#search-facets')!;
  // The counts written by the build: every event, no search (the officials' in their name list).
  const totals = Object.fromEntries(
    FACETS.map((facet) => [facet, Object.fromEntries([...form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]`)].map((box) => [box.value, Number(box.closest('label')!.querySelector('[data-count]')!.textContent)]))]),
  ) as Record<Facet, Record<string, number>>;
  totals.official = Object.fromEntries([...form.querySelectorAll<HTMLOptionElement>('#official-names option')].map((option) => [option.dataset.id!, Number(option.dataset.count)]));

  // The page puts the reader back where they were itself, once the results are drawn (the browser would scroll too early).
  history.scrollRestoration = 'manual';
  let generation = 0;
  let current = emptySearch();
  let shown: Shown | undefined;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const urlOf = (state: SearchState) => {
    const params = searchStateToParams(state).toString();
    return params ? `${location.pathname}?${params}` : location.pathname;
  };
  const savePlace = () => history.replaceState({ ...(history.state as object | null), scrollY: window.scrollY }, '');

  const showProblems = (problems: Array<{ problem: SearchProblem; lastPage?: number }>) => {
    problemsBox.replaceChildren();
    problemsBox.hidden = problems.length === 0;
    if (problems.length === 0) return;
    const title = document.createElement('p');
    title.className = 'font-bold';
    title.textContent = 'في رابط البحث ما لم يُستعمل:';
    const items = document.createElement('ul');
    items.className = 'list-disc ps-5';
    for (const { problem, lastPage } of problems) {
      const item = document.createElement('li');
      item.textContent = searchProblemToArabic(problem, lastPage);
      items.append(item);
    }
    problemsBox.append(title, items);
  };

  const clearResults = () => {
    list.replaceChildren();
    pager.hidden = true;
    status.textContent = '';
    delete status.dataset.state;
    for (const facet of FACETS) showFacetCounts(controls, facet, totals[facet]);
  };

  /** Counts each value of an unfolded facet under the shown search (as if the facet itself were not ticked). */
  const countOpenFacets = async (mine: number, only?: Facet) => {
    facetsBox.dataset.counts = 'pending';
    for (const facet of only ? [only] : FACETS) {
      const details = controls.facet(facet);
      if (!shown || !details.open) continue;
      const { state, periods, families, response } = shown;
      const alone = !response.words && !periods && families.length === 0 && FACETS.every((other) => other === facet || state[other].length === 0);
      let counts: Record<string, number> | undefined;
      // Dates outside the timeline: no value gives anything.
      if (periods?.length === 0) counts = {};
      else if (alone) counts = totals[facet];
      // An unticked facet is counted on the results shown; a ticked one on those of the search without it.
      else counts = await countFacet(response.words, searchToPagefindFilters(state, periods, facet, families), facet, state[facet].length === 0 ? response.results : undefined);
      if (mine !== generation) return;
      showFacetCounts(controls, facet, counts);
    }
    facetsBox.dataset.counts = 'done';
  };

  const show = async (state: SearchState, mode: HistoryMode, extra: { problems?: SearchProblem[]; scrollY?: number; focusResults?: boolean } = {}) => {
    const mine = ++generation;
    current = state;
    const { words, years, families, read } = queryToParts(state.q, timelineYears, data.formatFamilies);
    const sort: SortOrder = searchStateToSort(state, words !== '');
    if (controls.input.value.trim() !== state.q) controls.input.value = state.q;
    writeControls(controls, state, sort, words !== '');
    renderChosen(chosen, controls, state);
    if (mode === 'push' && urlOf(state) !== location.pathname + location.search) history.pushState({ scrollY: 0 }, '', urlOf(state));
    else if (mode !== 'none') history.replaceState({ ...(history.state as object | null), scrollY: 0 }, '', urlOf(state));
    const problems: Array<{ problem: SearchProblem; lastPage?: number }> = (extra.problems ?? []).map((problem) => ({ problem }));
    showProblems(problems);
    if (searchStateIsEmpty(state)) {
      shown = undefined;
      clearResults();
      return;
    }
    status.textContent = 'جارٍ البحث…';
    status.dataset.state = 'searching';
    delete status.dataset.total;
    try {
      const periods = dateRangeToPeriods(state, data.years, years);
      const filters = searchToPagefindFilters(state, periods, undefined, families);
      // Another page of the search shown needs no new search; a range outside the timeline has no period to ask for.
      const samePages = shown && urlOf({ ...shown.state, page: 1 }) === urlOf({ ...state, page: 1 });
      const response: EngineResponse = samePages
        ? shown!.response
        : periods?.length === 0
          ? { results: [], filters: {}, words: words || null }
          : await searchEngine({ words: words || null, filters, sort: sort === 'relevance' ? undefined : sort === 'newest' ? 'desc' : 'asc' });
      if (mine !== generation) return;
      const total = response.results.length;
      const lastPage = Math.max(1, Math.ceil(total / data.pageSize));
      let page = state.page;
      if (page > lastPage) {
        problems.push({ problem: { key: 'page', value: String(page), kind: 'page-beyond' }, lastPage });
        showProblems(problems);
        page = lastPage;
        current = { ...state, page };
        history.replaceState(history.state, '', urlOf(current));
      }
      const first = (page - 1) * data.pageSize;
      const slice = response.results.slice(first, first + data.pageSize);
      // What the words were read as, and how to search the text for them instead.
      const readNote = read.length > 0 ? ` قُرئ ${read.map(({ token, as }) => `«${token}» ${as === 'year' ? 'سنةً' : 'صيغةَ حوار'}`).join(' و')} (للبحث عنه في نصوص الأخبار: ${read[0]!.literal}).` : '';
      const announce = () => {
        status.textContent = total === 0 ? `لا نتائج.${readNote} جرّب كتابة أخرى للاسم أو أزل أحد المرشّحات.` : `${countToArabic(total, NOUNS.result)}${lastPage > 1 ? `، الصفحة ${page} من ${lastPage}` : ''}.${readNote}`;
        status.dataset.state = 'shown';
        status.dataset.total = String(total);
      };
      // The first fragments are asked for first and the rest once the first is in, so the first card does not wait
      // behind the others; cards are added in order, and the count is announced with the first card.
      const head = slice.slice(0, FIRST_FRAGMENTS).map((result) => result.data());
      const rest = (head[0] ?? Promise.resolve()).then(() => slice.slice(FIRST_FRAGMENTS).map((result) => result.data()));
      const pending = slice.map((_, index) => (index < FIRST_FRAGMENTS ? head[index]! : rest.then((later) => later[index - FIRST_FRAGMENTS]!)));
      list.replaceChildren();
      list.start = first + 1;
      for (const [index, result] of slice.entries()) {
        const resultData = await pending[index]!;
        if (mine !== generation) return;
        list.append(renderResult(template, resultData, result.matchedMetaFields ?? [], labels, `${first + index + 1}`));
        if (index === 0) announce();
      }
      if (slice.length === 0) announce();
      renderPager(pager, page, lastPage, (to) => urlOf({ ...current, page: to }));
      status.dataset.state = 'done';
      shown = { state: current, periods, families, response };
      if (extra.scrollY !== undefined) window.scrollTo(0, extra.scrollY);
      if (extra.focusResults) {
        status.scrollIntoView({ block: 'start' });
        heading.focus({ preventScroll: true });
      }
      await countOpenFacets(mine);
    } catch (error) {
      if (mine !== generation) return;
      status.dataset.state = 'error';
      status.textContent = 'تعذّر تحميل فهرس البحث. هل بُني الموقع مع Pagefind؟';
      console.warn(error);
    }
  };

  // A change of words, ticks, dates or order starts the results over at page 1.
  const fromForm = (): SearchState => readControls(controls);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    void show(fromForm(), 'push');
  });
  // An official chosen by name in the name field joins the ticked ones.
  const addOfficial = () => {
    const id = officialByName.get(officialAdd.value.trim());
    if (!id) return false;
    officialAdd.value = '';
    if (!current.official.includes(id)) void show({ ...fromForm(), official: [...fromForm().official, id] }, 'push');
    return true;
  };
  officialAdd.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (!addOfficial() && officialAdd.value.trim()) {
      officialAdd.setCustomValidity('لا يوجد في القائمة مسؤول بهذا الاسم؛ اختر اسمًا من الأسماء المقترحة.');
      officialAdd.reportValidity();
    }
  });
  officialAdd.addEventListener('input', () => officialAdd.setCustomValidity(''));
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target === controls.input) return;
    if (target === officialAdd) {
      addOfficial();
      return;
    }
    void show(fromForm(), 'push');
  });
  controls.input.addEventListener('input', () => {
    // The index chunks of the words are fetched while the reader types (one or two chunks of 5–40 KB for each
    // prefix), from the first letter past an article: on a slow network the chunk is then in when the search starts.
    const { words } = queryToParts(controls.input.value, timelineYears, data.formatFamilies);
    if ((words.split(' ').at(-1) ?? '').replace(/^و?ال/, '').length >= 1) preloadWords(words);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void show(fromForm(), 'replace'), TYPING_PAUSE_MS);
  });
  form.addEventListener('reset', () => setTimeout(() => void show(emptySearch(), 'push')));
  // Using the form in any way is using search: Pagefind starts loading while the reader types.
  form.addEventListener('focusin', () => void loadPagefind().catch(() => {}), { once: true });
  for (const facet of FACETS) {
    controls.facet(facet).addEventListener('toggle', () => {
      // Only for the search on screen: a facet the page unfolds itself for a new search (writeControls, a value
      // ticked) is counted once that search is shown, not against the last one in the meantime.
      if (controls.facet(facet).open && shown?.state === current) void countOpenFacets(generation, facet);
    });
  }
  chosen.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-remove]');
    if (!button) return;
    const [key, value] = button.dataset.remove!.split(':') as [string, string];
    const next = { ...current, page: 1 };
    if (key === 'dates') Object.assign(next, { from: '', to: '' });
    else next[key as Facet] = current[key as Facet].filter((item) => item !== value);
    void show(next, 'push');
  });
  pager.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-page]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    void show({ ...current, page: Number(link.dataset.page) }, 'push', { focusResults: true });
  });
  // Leaving for a result (or anywhere) records how far down the page the reader was.
  window.addEventListener('pagehide', savePlace);
  list.addEventListener('click', savePlace, { capture: true });
  window.addEventListener('popstate', (event) => {
    const { state, problems } = searchStateFromParams(new URLSearchParams(location.search), vocabulary);
    void show(state, 'none', { problems, scrollY: (event.state as { scrollY?: number } | null)?.scrollY ?? 0 });
  });

  const { state, problems } = searchStateFromParams(new URLSearchParams(location.search), vocabulary);
  const saved = (history.state as { scrollY?: number } | null)?.scrollY;
  void show(state, 'none', { problems, scrollY: saved });
}
