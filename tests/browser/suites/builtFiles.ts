import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Site } from '../site.ts';
import { TEST_SITE_URL } from '../../helpers/testSiteUrl.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

// Attributes that make the browser fetch something on its own (links a reader clicks are not among them).
const FETCHING = /<(?:script|img|iframe|source|video|audio)\b[^>]*\bsrc="([^"]+)"|<link\b[^>]*\bhref="([^"]+)"[^>]*>/gi;

/** Every page of dist/, read as files: language, direction, and nothing fetched from another host. */
export function describeBuiltFiles(site: () => Site): void {
  describe('built files', () => {
    test('every HTML page is Arabic, right-to-left, and fetches nothing from another host', () => {
      const pages = htmlFiles('dist');
      expect(pages.length).toBeGreaterThan(10);
      for (const file of pages) {
        const html = readFileSync(file, 'utf8');
        expect(html, file).toMatch(/<html lang="ar" dir="rtl"/);
        for (const match of html.matchAll(FETCHING)) {
          const tag = match[0];
          const address = match[1] ?? match[2] ?? '';
          if (/rel="(canonical|alternate)"/.test(tag)) continue;
          expect(address, `${file}: ${tag}`).not.toMatch(/^(https?:)?\/\//);
        }
      }
    });

    test('only event pages mark text for the search index, the only pages Pagefind reads (pagefind.yml glob)', () => {
      const { events } = site();
      const marked = htmlFiles('dist').filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'));
      expect(marked.sort()).toEqual(events.map((event) => join('dist', 'events', event.id, 'index.html')).sort());
    });

    test('the feed, the sitemap and the JSON export list every event', async () => {
      const { origin, events } = site();
      const rss = await (await fetch(`${origin}/rss.xml`)).text();
      expect(rss.match(/<item>/g)).toHaveLength(events.length);
      expect(rss).toContain('<language>ar</language>');
      const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
      for (const event of events) {
        expect(sitemap).toContain(`/events/${event.id}/</loc>`);
        expect(event.permalink).toMatch(new RegExp(`/events/${event.id}/$`));
        expect(Object.keys(event)).toEqual(expect.arrayContaining(['title', 'summary', 'date', 'datePrecision', 'dateSource', 'parties', 'mentions', 'format', 'formats', 'location', 'officials', 'source', 'seed']));
      }
    });

    test('robots.txt and the sitemap use the public origin', async () => {
      const robots = await (await fetch(`${site().origin}/robots.txt`)).text();
      expect(robots).toContain(`Sitemap: ${TEST_SITE_URL}/sitemap-index.xml`);
      const locs = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      expect(locs.length).toBeGreaterThan(10);
      for (const loc of locs) expect(loc.startsWith(`${TEST_SITE_URL}/`), loc).toBe(true);
      expect(readFileSync('dist/sitemap-index.xml', 'utf8')).toContain(`<loc>${TEST_SITE_URL}/sitemap-0.xml</loc>`);
    });

    test('the exports carry the licence and the build date; the CSV has a row per event', async () => {
      const { origin, events } = site();
      const json = await (await fetch(`${origin}/events.json`)).json();
      expect(json.licence).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
      expect(Date.now() - Date.parse(json.generated)).toBeLessThan(3 * 3600_000);
      expect(json.count).toBe(events.length);
      const bytes = Buffer.from(await (await fetch(`${origin}/events.csv`)).arrayBuffer());
      // A UTF-8 byte-order mark first, so that spreadsheet programs read the Arabic as UTF-8.
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = bytes.subarray(3).toString('utf8');
      expect(csv.startsWith('id,permalink,date,')).toBe(true);
      for (const event of events) expect(csv).toContain(`${event.id},${TEST_SITE_URL}/events/${event.id}/,${event.date},`);
      const meta = await (await fetch(`${origin}/events.csv-metadata.json`)).json();
      expect(meta['dc:license']).toEqual({ '@id': 'https://creativecommons.org/licenses/by/4.0/' });
      expect(meta.url).toBe(`${TEST_SITE_URL}/events.csv`);
    });

    test('each country and each official has a feed of its events, offered on its page', async () => {
      const { origin, events } = site();
      const india = events.filter((e) => e.parties.includes('IN'));
      const feed = await (await fetch(`${origin}/countries/in/rss.xml`)).text();
      expect(feed.match(/<item>/g)).toHaveLength(india.length);
      for (const event of india) expect(feed).toContain(`<link>${TEST_SITE_URL}/events/${event.id}/</link>`);
      expect(feed).toContain('<copyright>CC BY 4.0');
      const official = await (await fetch(`${origin}/officials/takeshi-iwaya/rss.xml`)).text();
      expect(official.match(/<item>/g)?.length).toBeGreaterThan(0);
      const page = await (await fetch(`${origin}/countries/in/`)).text();
      expect(page).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/countries\/in\/rss.xml">/);
    });

    test('the CSS ships only the Arabic and Latin subsets of two weights, from this site', () => {
      const css = readdirSync('dist/_astro').filter((name) => name.endsWith('.css')).map((name) => readFileSync(join('dist/_astro', name), 'utf8')).join('\n');
      const fonts = [...css.matchAll(/url\(([^)]+\.woff2)\)/g)].map((match) => match[1]!);
      expect(fonts).toHaveLength(4);
      for (const font of fonts) expect(font).toMatch(/^\/_astro\/ibm-plex-sans-arabic-(arabic|latin)-(400|700)-normal/);
    });
  });
}
