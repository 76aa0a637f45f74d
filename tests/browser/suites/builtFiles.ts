import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Site } from '../site.ts';

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

    test('the CSS ships only the Arabic and Latin subsets of two weights, from this site', () => {
      const css = readdirSync('dist/_astro').filter((name) => name.endsWith('.css')).map((name) => readFileSync(join('dist/_astro', name), 'utf8')).join('\n');
      const fonts = [...css.matchAll(/url\(([^)]+\.woff2)\)/g)].map((match) => match[1]!);
      expect(fonts).toHaveLength(4);
      for (const font of fonts) expect(font).toMatch(/^\/_astro\/ibm-plex-sans-arabic-(arabic|latin)-(400|700)-normal/);
    });
  });
}
