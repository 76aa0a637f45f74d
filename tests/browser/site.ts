import { execFileSync } from 'node:child_process';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/launchChromium.ts';
import { serveFolder } from '../../scripts/serveFolder.ts';
import { buildEnv } from '../helpers/buildEnv.ts';

/** One event of /events.json as the tests need it. */
export interface ExportedEvent {
  id: string;
  permalink: string;
  date: string;
  seed: string | string[];
  parties: string[];
  mentions: string[];
  formats: string[];
  officials: Array<{ id: string; name: string }>;
}

/** The built site under test: its origin, a browser, and the exported events. */
export interface Site {
  origin: string;
  browser: Browser;
  events: ExportedEvent[];
  /** Opens a page in a fresh context and records console errors on it. */
  open: (path: string, options?: { colorScheme?: 'light' | 'dark'; width?: number; permissions?: string[]; javaScript?: boolean }) => Promise<{ page: Page; context: BrowserContext; errors: string[] }>;
  /** The event built from the seed whose file name starts with `prefix` (e.g. '002'). */
  eventBySeed: (prefix: string) => ExportedEvent;
  /** The seed prefixes (e.g. '002') of event ids. */
  idsToSeeds: (ids: string[]) => string[];
  close: () => Promise<void>;
}

function seedsOf(event: ExportedEvent): string[] {
  return (Array.isArray(event.seed) ? event.seed : [event.seed]).map((seed) => seed.slice(0, 3));
}

/**
 * Serves a built site and starts Chromium. By default it runs the real build first (unless SITE_TEST_REUSE_DIST=1 asks
 * to reuse dist/); `dist` serves another build instead, as it stands (the 10,000-event benchmark site).
 */
export async function startSite(options: { dist?: string } = {}): Promise<Site> {
  if (!options.dist && process.env.SITE_TEST_REUSE_DIST !== '1') {
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: buildEnv() });
  }
  const server = await serveFolder(options.dist ?? 'dist');
  const { origin } = server;
  const browser = await launchChromium();
  const events = ((await (await fetch(`${origin}/events.json`)).json()) as { events: ExportedEvent[] }).events;
  const contexts: BrowserContext[] = [];

  const open: Site['open'] = async (path, options = {}) => {
    const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', viewport: { width: options.width ?? 1280, height: 900 }, permissions: options.permissions, javaScriptEnabled: options.javaScript ?? true });
    contexts.push(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) errors.push(`request to another host: ${request.url()}`);
    });
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    return { page, context, errors };
  };

  const eventBySeed = (prefix: string) => {
    const event = events.find((candidate) => seedsOf(candidate).includes(prefix));
    if (!event) throw new Error(`no event in /events.json comes from seed ${prefix}`);
    return event;
  };

  const idsToSeeds = (ids: string[]) => [...new Set(ids.flatMap((id) => seedsOf(events.find((event) => event.id === id) ?? ({ id, seed: `?${id}` } as ExportedEvent))))].sort();

  const close = async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser.close();
    await server.close();
  };

  return { origin, browser, events, open, eventBySeed, idsToSeeds, close };
}

/** The event ids linked from the elements matching `selector` (hrefs of the form /events/<id>/). */
export async function linkedEventIds(page: Page, selector: string): Promise<string[]> {
  const hrefs = await page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.flatMap((href) => /\/events\/([^/]+)\//.exec(href)?.slice(1, 2) ?? []);
}
