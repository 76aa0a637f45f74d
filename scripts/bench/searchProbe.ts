import type { Page } from 'playwright-core';
import { launchChromium } from '../browser/launchChromium.ts';

/** One query's cost as the reader sees it. */
export interface QueryCost {
  query: string;
  ms: number;
  bytes: number;
  status: string;
}

const BUSY_STATUS = 'جارٍ البحث…';
// Late network events of a finished query are counted before the next one starts.
const SETTLE_MS = 100;
const FOCUS_QUIET_MS = 400;
const FOCUS_WAIT_MAX_MS = 5000;

/** Submits the query through the page's own form and resolves when #search-status shows the outcome (the UI's render time). */
function queryThroughForm(page: Page, query: string): Promise<{ ms: number; status: string }> {
  return page.evaluate(
    ({ query, busy }) =>
      new Promise<{ ms: number; status: string }>((resolve, reject) => {
        const form = document.querySelector<HTMLFormElement>('#search-form');
        const input = document.querySelector<HTMLInputElement>('#q');
        const status = document.querySelector<HTMLElement>('#search-status');
        if (!form || !input || !status) return reject(new Error('/search/ has no #search-form, #q or #search-status'));
        status.textContent = '';
        const started = performance.now();
        const observer = new MutationObserver(() => {
          const text = status.textContent ?? '';
          if (text === '' || text === busy) return;
          observer.disconnect();
          resolve({ ms: performance.now() - started, status: text });
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        input.value = query;
        form.requestSubmit();
      }),
    { query, busy: BUSY_STATUS },
  );
}

/**
 * Opens /search/ in Chromium and runs each query through the search form, timing it and summing the bytes it
 * fetched. Pagefind 1.6 searches in a Web Worker, whose requests a CDP session on the page does not see, so the bytes
 * come from Playwright's context-wide request events (Request#sizes: encoded body + headers, as transferred).
 * A reader clicks into the field before typing, and the page starts Pagefind on that focus: the probe does the same and
 * counts what the focus fetched in the first query's bytes. `coldFirstMs` is a first query on a fresh page without focus.
 */
export async function probeSearch(origin: string, queries: string[]): Promise<{ costs: QueryCost[]; coldFirstMs: number }> {
  const browser = await launchChromium();
  try {
    const cold = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const coldPage = await cold.newPage();
    await coldPage.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
    const coldFirstMs = (await queryThroughForm(coldPage, queries[0]!)).ms;
    await cold.close();

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    let pending: Promise<number>[] = [];
    context.on('requestfinished', (request) => {
      pending.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize, () => 0));
    });
    await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
    pending = [];
    await page.focus('#q');
    // What focus started is done once no request has finished for a while (a reader takes longer to type a name).
    for (let seen = -1, waited = 0; seen !== pending.length && waited < FOCUS_WAIT_MAX_MS; waited += FOCUS_QUIET_MS) {
      seen = pending.length;
      await page.waitForTimeout(FOCUS_QUIET_MS);
    }
    const costs: QueryCost[] = [];
    for (const query of queries) {
      const { ms, status } = await queryThroughForm(page, query);
      await page.waitForTimeout(SETTLE_MS);
      const bytes = (await Promise.all(pending)).reduce((sum, size) => sum + size, 0);
      pending = [];
      costs.push({ query, ms, bytes, status });
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
