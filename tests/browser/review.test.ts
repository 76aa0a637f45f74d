import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/browser/launchChromium.ts';
import type { SeedReport } from '../../scripts/ingest/reviewReport.ts';
import { serveFolder } from '../../scripts/serveFolder.ts';
import { buildEnv } from '../helpers/buildEnv.ts';
import { CONFIDENCE } from '../../src/data/index.ts';
import { seedReviewToRows } from '../../src/utils/seedReviewToRows.ts';
import { yamlToData } from '../../src/utils/yaml.ts';
import { REVIEW_FIXTURE_SEEDS } from '../helpers/seedsToReviewReport.ts';

// The editors' review page and the event page's review markers, on a site built from a temporary seeds folder: a seed
// with no year (no event), an event with no place and no participant named (fields to review), and an event dated by
// «أمس» (likely). The real CLI writes the report; the real Astro build and Pagefind make the site; Chromium reads it.
const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'site-review-'));
const seeds = join(work, 'seeds');
const events = join(work, 'events');
const reportFile = join(work, 'report.json');
const dist = join(work, 'dist');
const shots = join(root, 'test-results/review');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');


let ingest: ReturnType<typeof spawnSync>;
let report: SeedReport[] = [];
let server: { origin: string; close: () => Promise<void> } | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  mkdirSync(seeds);
  for (const [name, path] of Object.entries(REVIEW_FIXTURE_SEEDS)) copyFileSync(join(root, path), join(seeds, name));
  ingest = spawnSync(process.execPath, ['scripts/ingest.ts', '--seeds', seeds, '--out', events, '--report', reportFile, '--no-cache', '--quiet'], { cwd: root, encoding: 'utf8' });
  report = JSON.parse(readFileSync(reportFile, 'utf8')) as SeedReport[];
  // --force: the content layer cache in node_modules/.astro is shared with other builds and remembers other EVENTS_DIRs.
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', dist], { cwd: root, stdio: 'inherit', env: buildEnv({ EVENTS_DIR: events, REVIEW_REPORT: reportFile }) });
  execFileSync(join(root, 'node_modules/.bin/pagefind'), ['--site', dist, '--include-characters', '+'], { cwd: root, stdio: 'inherit' });
  mkdirSync(shots, { recursive: true });
  server = await serveFolder(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const entry = (seed: string) => {
  const found = report.find((candidate) => candidate.seed === seed);
  if (!found) throw new Error(`the report has no seed ${seed}`);
  return found;
};

/** Opens a page of the built site; `errors` collects console errors and requests to other hosts. */
async function open(path: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser!.newContext({ colorScheme: options.colorScheme ?? 'light', viewport: { width: options.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(server!.origin)) errors.push(`request to another host: ${request.url()}`);
  });
  await page.goto(server!.origin + path, { waitUntil: 'networkidle' });
  return { page, errors };
}

/** The fields shown for a seed on /review/: its level badge's words, the reason line and the snippet, by field. */
async function shownRows(page: Page, anchor: string) {
  return page.locator(`#${anchor} .review-field`).evaluateAll((rows) =>
    rows.map((row) => ({
      field: row.getAttribute('data-field'),
      badge: row.querySelector('.level-badge')?.textContent?.trim(),
      reason: [...row.querySelectorAll('dd p')].map((p) => p.textContent ?? '').find((text) => text.startsWith('السبب:')),
      snippet: row.querySelector('pre[dir="ltr"] code')?.textContent ?? undefined,
    })),
  );
}

describe('the review report of a temporary seeds folder', () => {
  test('the ingest succeeds, lists the seed with no year for review without publishing it, and reports every seed', () => {
    expect(ingest.status, String(ingest.stderr)).toBe(0);
    expect(String(ingest.stderr)).toContain('review: ');
    expect(String(ingest.stderr)).toContain('a_no_year.txt: needs review');
    expect(readdirSync(events).filter((name) => name.endsWith('.mdx'))).toHaveLength(2);
    expect(report.map((seed) => [seed.seed, seed.event === null])).toEqual([
      ['a_no_year.txt', true],
      ['b_no_city.txt', false],
      ['c_likely.txt', false],
    ]);
  });
});

describe('/review/', () => {
  test('counts the seeds, then lists the seed without an event, the event to review, and the likely one collapsed', async () => {
    const { page, errors } = await open('/review/');
    const counts = await page.locator('.review-counts > div').evaluateAll((cards) => cards.map((card) => [card.querySelector('dt')?.textContent?.trim(), card.querySelector('dd')?.textContent?.trim()]));
    expect(counts).toEqual([
      ['أخبار في التقرير', '3'],
      ['لم تُنشر بعد', '1'],
      ['أحداث فيها حقول تحتاج مراجعة', '1'],
      ['أحداث فيها حقول مرجّحة', '1'],
      ['أحداث كل حقولها مؤكدة', '0'],
    ]);
    const sectionOrder = await page.locator('main section').evaluateAll((sections) => sections.map((section) => [section.id, [...section.querySelectorAll('article')].map((article) => article.id)]));
    expect(sectionOrder).toEqual([
      ['unpublished', ['seed-a_no_year']],
      ['to-review', ['seed-b_no_city']],
      ['likely', ['seed-c_likely']],
    ]);
    expect(await page.locator('#likely details').getAttribute('open')).toBeNull();
    expect(await page.locator('#seed-c_likely').isVisible()).toBe(false);
    expect(await page.locator('#likely summary').innerText()).toBe('عرض الأحداث المرجّحة (1)');
    expect(await page.locator('script').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('a seed without an event: its file, no event link, its title, the date to review with its Arabic reason and an empty snippet, the error in English left to right', async () => {
    const seed = entry('a_no_year.txt');
    const { page } = await open('/review/');
    const article = page.locator('#seed-a_no_year');
    expect(await article.locator('h3').innerText()).toBe(seed.fields.title);
    expect(await article.locator('a[href="#seed-a_no_year"]').innerText()).toBe('a_no_year.txt');
    expect(await article.locator('a[href^="/events/"]').count()).toBe(0);
    expect(await article.innerText()).toContain('لم يُنشر بعد');
    const messages = await article.locator('li.review-message[dir="ltr"][lang="en"]').allTextContents();
    expect(messages).toEqual([...seed.errors, ...seed.warnings]);
    const rows = await shownRows(page, 'seed-a_no_year');
    const date = rows.find((row) => row.field === 'date')!;
    expect(date.badge).toBe('يحتاج مراجعة · 0.00');
    expect(date.reason).toBe(`السبب: ${CONFIDENCE.reasons.datePartial!.ar}`);
    expect(yamlToData(date.snippet!)).toEqual({ date: { value: '', precision: 'day', citation: '' } });
    expect(await article.locator('[data-field="date"]').innerText()).toContain('seeds/a_no_year.editorial.yml');
    // Every field the ingest read is shown for a seed that is not published yet, sure ones without a snippet.
    expect(rows.map((row) => row.field)).toEqual(seedReviewToRows(seed).map((row) => row.field));
    expect(rows.find((row) => row.field === 'location')).toMatchObject({ badge: 'مؤكد · 0.95', snippet: undefined });
  });

  test('a published event with no place: its link, and the place and officials to review with their snippets', async () => {
    const seed = entry('b_no_city.txt');
    const { page } = await open('/review/');
    const article = page.locator('#seed-b_no_city');
    expect(await article.locator('a[href^="/events/"]').getAttribute('href')).toBe(`/events/${seed.event}/`);
    const rows = await shownRows(page, 'seed-b_no_city');
    expect(rows.map((row) => row.field)).toEqual(['location', 'officials']);
    expect(rows[0]).toEqual({
      field: 'location',
      badge: 'يحتاج مراجعة · 0.00',
      reason: `السبب: ${CONFIDENCE.reasons.locationNone!.ar}`,
      snippet: 'location:\n  value:\n    city: ""\n    country: ""\n  citation: ""\n',
    });
    expect(rows[1]).toMatchObject({ badge: 'يحتاج مراجعة · 0.50', reason: `السبب: ${CONFIDENCE.reasons.officialsNone!.ar}` });
    expect(yamlToData(rows[1]!.snippet!)).toEqual({ officials: { value: [], citation: '' } });
    // The sure fields are named on one line, not repeated in full.
    expect(await article.locator('.review-field[data-level="sure"]').count()).toBe(0);
    expect(await article.innerText()).toContain('التاريخ (0.95)');
  });

  test('the likely event opens with its section: the date counted from «أمس» with the day in its snippet', async () => {
    const { page } = await open('/review/');
    await page.locator('#likely summary').click();
    expect(await page.locator('#seed-c_likely').isVisible()).toBe(true);
    const rows = await shownRows(page, 'seed-c_likely');
    expect(rows.map((row) => [row.field, row.badge])).toEqual([['date', 'مرجّح · 0.75']]);
    expect(rows[0]!.reason).toContain(CONFIDENCE.reasons.dateRelative!.ar);
    expect(yamlToData(rows[0]!.snippet!)).toEqual({ date: { value: '2025-03-11', precision: 'day', citation: '' } });
  });

  test("a link to a seed's anchor shows it, even inside the collapsed list", async () => {
    const { page } = await open('/review/#seed-c_likely');
    expect(await page.locator('#likely details').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#seed-c_likely').isVisible()).toBe(true);
  });

  test('is for editors: noindex, not in the sitemap or the search index, linked from the about page', async () => {
    const html = readFileSync(join(dist, 'review/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('data-pagefind-body');
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/about/</loc>');
    expect(sitemap).not.toContain('/review/');
    const entryFile = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entryFile.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(report.filter((seed) => seed.event).length);
    const { page } = await open('/about/');
    expect(await page.locator('main a[href="/review/"]').count()).toBe(1);
  });
});

describe('review markers on event pages', () => {
  test('each field to review has a marker next to its value, and nothing else has one', async () => {
    const { page, errors } = await open(`/events/${entry('b_no_city.txt').event}/`);
    const markers = await page.locator('.review-marker').evaluateAll((found) => found.map((marker) => [marker.getAttribute('data-review-field'), marker.closest('div')?.querySelector('dt')?.textContent, marker.textContent]));
    expect(markers).toEqual([
      ['location', 'المكان', 'بانتظار مراجعة المحرر'],
      ['officials', 'المسؤولون المشاركون', 'بانتظار مراجعة المحرر'],
    ]);
    expect(await page.locator('dd:has(.review-marker[data-review-field="location"])').innerText()).toContain('لا يذكره نص الخبر');
    expect(await page.locator('dd:has(.review-marker[data-review-field="officials"])').innerText()).toContain('لا يسمّيهم نص الخبر');
    expect(await page.locator('.review-marker').first().isVisible()).toBe(true);
    expect(await page.locator('main').innerText()).toContain('ولم يتحقق منه محرر بعد');
    expect(errors).toEqual([]);
  });

  test('an event with nothing to review has no marker', async () => {
    const { page } = await open(`/events/${entry('c_likely.txt').event}/`);
    expect(await page.locator('.review-marker').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain('بانتظار مراجعة المحرر');
  });
});

describe('accessibility and layout of /review/ and a marked event page', () => {
  const pages = () => ['/review/', `/events/${entry('b_no_city.txt').event}/`];
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      test(`no serious or critical axe violation, no sideways scroll (${colorScheme}, ${width} px)`, async () => {
        const found: string[] = [];
        for (const path of pages()) {
          const { page, errors } = await open(path, { colorScheme, width });
          // Every collapsed part open, so that axe and the screenshot see it all.
          await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
          expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
          await page.screenshot({ path: join(shots, `${path.split('/')[1]}-${width}-${colorScheme}.png`), fullPage: true });
          await page.addScriptTag({ path: axePath });
          const violations = await page.evaluate(async () => {
            const axe = (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }> }> } }).axe;
            return (await axe.run()).violations.map(({ id, impact, nodes }) => ({ id, impact, targets: nodes.slice(0, 3).map((node) => node.target) }));
          });
          for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) found.push(`${path}: ${v.id} ${JSON.stringify(v.targets)}`);
          expect(errors, path).toEqual([]);
        }
        expect(found).toEqual([]);
      });
    }
  }
});
