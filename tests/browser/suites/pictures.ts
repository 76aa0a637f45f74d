import { describe, expect, test } from 'vitest';
import type { Site } from '../site.ts';

const partnersOf = (site: Site) => {
  const counts = new Map<string, number>();
  for (const event of site.events) for (const code of event.parties) if (code !== 'JP') counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts;
};

/** The map of partners and the per-year charts: drawn at build time, links without JavaScript, right in RTL and dark. */
export function describePictures(site: () => Site): void {
  describe('pictures', () => {
    for (const path of ['/', '/countries/']) {
      test(`the partners map on ${path} links each partner, shaded by its meetings, and has a table`, async () => {
        const { page, errors } = await site().open(path, { javaScript: false });
        const partners = partnersOf(site());
        const links = await page.locator('svg.pm a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), label: document.getElementById(a.getAttribute('aria-labelledby') ?? '')?.textContent ?? '' })));
        expect(links.map((l) => l.href).sort()).toEqual([...partners.keys()].map((code) => `/countries/${code.toLowerCase()}/`).sort());
        for (const link of links) expect(link.label).toMatch(/^[\u0600-\u06FF ]+ — /);
        // The accessible name a screen reader announces is the country and its meetings.
        const snapshot = await page.locator('svg.pm').ariaSnapshot();
        expect(snapshot).toMatch(/link "الهند — /);
        // India (2 meetings) is shaded darker than the United States (1).
        const fill = (code: string) => page.locator(`svg.pm a[href="/countries/${code}/"] path`).first().evaluate((p) => getComputedStyle(p).fill);
        expect(await fill('in')).not.toBe(await fill('us'));
        const rows = await page.locator('.partners-map table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent));
        expect(rows).toHaveLength(partners.size);
        expect(errors).toEqual([]);
      });
    }

    test('hovering or focusing a country shows its Arabic name', async () => {
      const { page } = await site().open('/', { javaScript: false });
      const india = page.locator('svg.pm a[href="/countries/in/"]');
      const caption = india.locator('text.pm-caption');
      expect(await caption.evaluate((t) => getComputedStyle(t).visibility)).toBe('hidden');
      await india.locator('path').hover();
      expect(await caption.evaluate((t) => getComputedStyle(t).visibility)).toBe('visible');
      expect(await caption.textContent()).toMatch(/^الهند — /);
      await page.mouse.move(0, 0);
      await india.focus();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/countries/in/');
      expect(await caption.evaluate((t) => getComputedStyle(t).visibility)).toBe('visible');
    });

    test('the home chart has a bar per year, oldest on the right, each linking to its year', async () => {
      const { page, errors } = await site().open('/', { javaScript: false });
      const bars = await page.locator('.year-bars svg a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), x: a.querySelector('.yb-bar')!.getBoundingClientRect().x })));
      const years = [...new Set(site().events.map((e) => e.date.slice(0, 4)))].sort();
      expect(bars.map((b) => b.href).sort()).toEqual(years.map((y) => `/years/${y}/`).sort());
      const xOf = (year: string) => bars.find((b) => b.href === `/years/${year}/`)!.x;
      expect(xOf(years[0]!)).toBeGreaterThan(xOf(years.at(-1)!));
      expect(await page.locator('.year-bars table caption').textContent()).toBe('اللقاءات في كل سنة');
      expect(errors).toEqual([]);
    });

    test('a country page charts its meetings per year, each bar leading to that year on its timeline', async () => {
      const { page } = await site().open('/countries/in/', { javaScript: false });
      const hrefs = await page.locator('.year-bars svg a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(['/countries/in/#y-2024']);
      await page.locator('.year-bars svg a').click();
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('y-2024');
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [360, 1280]) {
        test(`map and charts fit ${width} px in ${colorScheme} mode, in the page's colours`, async () => {
          const { page } = await site().open('/', { javaScript: false, colorScheme, width });
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          for (const selector of ['svg.pm', '.year-bars svg']) {
            const box = await page.locator(selector).boundingBox();
            expect(box!.width, selector).toBeGreaterThan(50);
            expect(box!.x + box!.width, selector).toBeLessThanOrEqual(width);
          }
          const colours = await page.evaluate(() => ({
            land: getComputedStyle(document.querySelector('.pm-land')!).fill,
            bar: getComputedStyle(document.querySelector('.yb-bar')!).fill,
            paper: getComputedStyle(document.documentElement).backgroundColor,
            year: getComputedStyle(document.querySelector('.yb-year')!).fill,
          }));
          expect(colours.land).not.toBe(colours.paper);
          const dark = colorScheme === 'dark';
          // The year labels are light on the dark page and dark on the light one.
          const [r] = colours.year.match(/\d+/g)!.map(Number);
          expect(dark ? r! > 128 : r! < 128).toBe(true);
        });
      }
    }
  });
}
