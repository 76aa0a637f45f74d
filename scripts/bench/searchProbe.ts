import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../browser/launchChromium.ts';
import type { SearchCase } from './searchCases.ts';

/** One search's cost as the reader sees it. */
export interface QueryCost {
  query: string;
  /** Until the count is announced with the first result on screen. */
  ms: number;
  /** Until the whole page of results is drawn. */
  pageMs: number;
  /** Until the unfolded facets' counts follow the search too (cases with `open` facets only). */
  countsMs?: number;
  bytes: number;
  status: string;
}

const BUSY_STATUS = 'جارٍ البحث…';
// Late network events of a finished query are counted before the next one starts.
const SETTLE_MS = 100;
const FOCUS_QUIET_MS = 400;
const FOCUS_WAIT_MAX_MS = 5000;

/**
 * Runs one case through the page's own form, as a reader would (words typed, boxes ticked, dates and order chosen,
 * then the form sent; or the next-page link followed), and resolves when #search-status shows the outcome and, with
 * facets unfolded, when their counts are in (#search-facets[data-counts="done"]).
 */
function runCase(page: Page, searchCase: SearchCase): Promise<{ ms: number; pageMs: number; countsMs?: number; status: string }> {
  return page.evaluate(
    ({ searchCase, busy }) =>
      new Promise<{ ms: number; pageMs: number; countsMs?: number; status: string }>((resolve, reject) => {
        const form = document.querySelector<HTMLFormElement>('#search-form');
        const status = document.querySelector<HTMLElement>('#search-status');
        const facets = document.querySelector<HTMLElement>('#search-facets');
        if (!form || !status || !facets) return reject(new Error('/search/ has no #search-form, #search-status or #search-facets'));
        const params = new URLSearchParams(searchCase.params);
        status.textContent = '';
        delete status.dataset.state;
        delete facets.dataset.counts;
        let results: number | undefined;
        let whole: number | undefined;
        const started = performance.now();
        const finish = () => {
          const text = status.textContent ?? '';
          if (results === undefined && text !== '' && text !== busy) results = performance.now() - started;
          if (whole === undefined && (status.dataset.state === 'done' || status.dataset.state === 'error')) whole = performance.now() - started;
          const countsDone = !searchCase.open?.length || facets.dataset.counts === 'done';
          if (results !== undefined && whole !== undefined && countsDone) {
            observer.disconnect();
            resolve({ ms: results, pageMs: whole, countsMs: searchCase.open?.length ? performance.now() - started : undefined, status: text });
          }
        };
        const observer = new MutationObserver(finish);
        observer.observe(status, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
        observer.observe(facets, { attributes: true, attributeFilter: ['data-counts'] });
        if (searchCase.next) {
          const next = document.querySelector<HTMLAnchorElement>('#search-pages a[rel="next"]');
          if (!next) return reject(new Error(`no next page after ${searchCase.params}`));
          next.click();
          return;
        }
        for (const facet of searchCase.open ?? []) form.querySelector<HTMLDetailsElement>(`details[data-facet="${facet}"]`)!.open = true;
        form.querySelector<HTMLInputElement>('#q')!.value = params.get('q') ?? '';
        const wanted = (name: string) => params.getAll(name).map((value) => value.toLowerCase());
        for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
          box.checked = wanted(box.name).some((value) => value === box.value.toLowerCase() || value === box.value.replaceAll('+', 'plus').toLowerCase());
        }
        for (const bound of ['from', 'to']) {
          const value = params.get(bound) ?? '';
          form.querySelector<HTMLSelectElement>(`[data-bound="${bound}"] [data-part="year"]`)!.value = value.slice(0, 4);
          form.querySelector<HTMLSelectElement>(`[data-bound="${bound}"] [data-part="month"]`)!.value = value.slice(5, 7);
        }
        const sort = form.querySelector<HTMLSelectElement>('#sort')!;
        sort.value = params.get('sort') ?? sort.dataset.default ?? (params.get('q') ? 'relevance' : 'newest');
        form.requestSubmit();
      }),
    { searchCase, busy: BUSY_STATUS },
  );
}

/** Sums the bytes of every request the context finishes (Request#sizes: body + headers as transferred), from the last reset. */
function countBytes(context: BrowserContext): { take: () => Promise<number>; requests: () => number } {
  let pending: Promise<number>[] = [];
  let requests = 0;
  context.on('requestfinished', (request) => {
    requests++;
    pending.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize, () => 0));
  });
  return {
    requests: () => requests,
    take: async () => {
      const taken = pending;
      pending = [];
      return (await Promise.all(taken)).reduce((sum, size) => sum + size, 0);
    },
  };
}

/**
 * Opens /search/ in Chromium and runs each case through the search form, timing it and summing the bytes it fetched.
 * The bytes come from Playwright's context-wide request events, which also see a worker's requests (Pagefind's, were it
 * run in one). A reader clicks into the field before typing, and the page starts Pagefind
 * on that focus: the probe does the same and counts what the focus fetched in the first case's bytes. `coldFirstMs` is
 * a first query on a fresh page without focus. A case with `next` first runs its search, unmeasured, then measures the next page.
 */
export async function probeSearch(origin: string, cases: SearchCase[]): Promise<{ costs: QueryCost[]; coldFirstMs: number }> {
  const browser = await launchChromium();
  try {
    const cold = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const coldPage = await cold.newPage();
    await coldPage.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
    const coldFirstMs = (await runCase(coldPage, cases[0]!)).ms;
    await cold.close();

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const bytes = countBytes(context);
    await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
    await bytes.take();
    await page.focus('#q');
    // What focus started is done once no request has finished for a while (a reader takes longer to type a name).
    for (let seen = -1, waited = 0; seen !== bytes.requests() && waited < FOCUS_WAIT_MAX_MS; waited += FOCUS_QUIET_MS) {
      seen = bytes.requests();
      await page.waitForTimeout(FOCUS_QUIET_MS);
    }
    let carried = await bytes.take();
    const costs: QueryCost[] = [];
    for (const searchCase of cases) {
      if (searchCase.next) {
        // The list to page through; its own cost is that of a query measured on its own.
        await runCase(page, { ...searchCase, next: false });
        await page.waitForTimeout(SETTLE_MS);
        await bytes.take();
      }
      const { ms, pageMs, countsMs, status } = await runCase(page, searchCase);
      await page.waitForTimeout(SETTLE_MS);
      costs.push({ query: searchCase.label, ms, pageMs, countsMs, bytes: carried + (await bytes.take()), status });
      carried = 0;
    }
    return { costs, coldFirstMs };
  } finally {
    await browser.close();
  }
}

/** Takes full-page screenshots of the given paths (home, a year page, a hub, an event) for a human to look at. */
export async function screenshotPages(origin: string, paths: string[], outDir: string): Promise<string[]> {
  const browser = await launchChromium();
  const files: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const path of paths) {
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      const file = `${outDir}/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}.png`;
      await page.screenshot({ path: file, fullPage: false });
      files.push(file);
    }
  } finally {
    await browser.close();
  }
  return files;
}
