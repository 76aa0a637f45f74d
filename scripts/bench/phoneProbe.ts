import type { Page } from 'playwright-core';
import { launchChromium } from '../browser/launchChromium.ts';

/** Chromium DevTools' "Slow 4G" preset (once "Fast 3G"): 150 ms RTT × 3.75, 1.6 Mbps down × 0.9, 750 kbps up × 0.9. */
export const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.6e6 * 0.9) / 8, uploadThroughput: (750e3 * 0.9) / 8 };
/** DevTools' "4× slowdown" of the CPU. Chromium applies it to the page (where Pagefind runs); a dedicated worker is slowed less. */
export const CPU_SLOWDOWN = 4;

/** What a reader on a slow phone waits for, in milliseconds. */
export interface PhoneTimes {
  /** From tapping the search field to Pagefind ready (its script, WebAssembly and metadata loaded). */
  startupMs: number;
  /** From pressing Enter on a query typed at five characters a second to its count and first result on screen. */
  typedFirstMs: number;
  /** The same, to the whole page of results. */
  typedPageMs: number;
  /** From opening a shared search link (nothing cached) to its count and first result on screen. */
  linkFirstMs: number;
}

// A reader types about five characters a second on a phone.
const KEY_DELAY_MS = 200;

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // Network conditions set on the page also hold for its dedicated workers' requests (checked in Chromium 14x).
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/** Resolves with the page's clock when #search-status reaches one of the states (installed before the action that leads to it). */
function whenStatus(page: Page, states: string[]): Promise<number> {
  return page.evaluate(
    (states) =>
      new Promise<number>((resolve) => {
        const status = document.querySelector<HTMLElement>('#search-status')!;
        const check = () => {
          if (states.includes(status.dataset.state ?? '')) {
            observer.disconnect();
            resolve(performance.now());
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(status, { attributes: true, attributeFilter: ['data-state'] });
      }),
    states,
  );
}

/**
 * The search page on a phone (360 px) over Chromium's Slow 4G with the CPU slowed 4×: Pagefind's start-up after the
 * reader taps the field, then a query typed and sent once it is ready, then a shared link opened cold.
 */
export async function probePhone(origin: string, query: string): Promise<PhoneTimes> {
  const browser = await launchChromium();
  try {
    const phone = { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await throttle(page);
    await page.goto(`${origin}/search/`, { waitUntil: 'load' });
    const workerReady = new Promise<void>((resolve) => page.on('requestfinished', (request) => request.url().includes('.pf_meta') && resolve()));
    const tapped = await page.evaluate(() => performance.now());
    await page.tap('#q');
    await workerReady;
    const startupMs = (await page.evaluate(() => performance.now())) - tapped;
    await page.keyboard.type(query, { delay: KEY_DELAY_MS });
    const shown = whenStatus(page, ['shown', 'done', 'error']);
    const done = whenStatus(page, ['done', 'error']);
    const pressed = await page.evaluate(() => performance.now());
    await page.keyboard.press('Enter');
    const typedFirstMs = (await shown) - pressed;
    const typedPageMs = (await done) - pressed;
    await context.close();

    const cold = await browser.newContext(phone);
    const linkPage = await cold.newPage();
    await throttle(linkPage);
    await linkPage.goto(`${origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    const linkFirstMs = await linkPage.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const ready = () => {
            const status = document.querySelector<HTMLElement>('#search-status');
            if (status && ['shown', 'done', 'error'].includes(status.dataset.state ?? '')) resolve(performance.now());
            else requestAnimationFrame(ready);
          };
          ready();
        }),
    );
    await cold.close();
    return { startupMs, typedFirstMs, typedPageMs, linkFirstMs };
  } finally {
    await browser.close();
  }
}
