import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Site } from '../site.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: Array<{ target: unknown }>;
}

/** The serious and critical axe-core violations on the page as it stands, one line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${JSON.stringify(v.nodes.slice(0, 3))}`);
}

/** Unfolds every facet of the search page and waits until their counts follow the search shown. */
export async function unfoldSearchFacets(page: Page): Promise<void> {
  const folded = page.locator('details.facet:not([open]) summary');
  while ((await folded.count()) > 0) await folded.first().click();
  await page.waitForSelector('#search-facets[data-counts="done"]', { timeout: 20_000 });
}

/** axe-core on the home, an event page, hub pages (India's with its introduction), the search page, the about page and the editors' review page, in light and dark. */
export function describeAccessibility(site: () => Site): void {
  describe('accessibility', () => {
    const pages = () => [
      '/',
      `/events/${site().eventBySeed('002').id}/`,
      '/countries/',
      '/countries/in/',
      '/officials/takeshi-iwaya/',
      '/search/?q=%D8%A7%D9%84%D9%87%D9%86%D8%AF',
      '/about/',
      '/formats/2plus2-ministerial/',
      '/review/',
    ];
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`no serious or critical axe violation (${colorScheme})`, async () => {
        const found: string[] = [];
        for (const path of pages()) {
          const { page, errors } = await site().open(path, { colorScheme });
          if (path.startsWith('/search/')) await page.waitForSelector('#search-status[data-state="done"]', { timeout: 10_000 });
          for (const violation of await seriousAxeViolations(page)) found.push(`${path}: ${violation}`);
          expect(errors, path).toEqual([]);
        }
        expect(found).toEqual([]);
      });
    }

    for (const width of [360, 1280]) {
      test(`the search page in use (results, facets unfolded, chosen values, a URL problem) has no serious axe violation at ${width} px, light and dark`, async () => {
        const found: string[] = [];
        for (const colorScheme of ['light', 'dark'] as const) {
          const { page, errors } = await site().open('/search/?q=%D8%A7%D9%84%D9%87%D9%86%D8%AF&country=IN&country=XX&from=2024', { colorScheme, width });
          await page.waitForSelector('#search-status[data-state="done"]', { timeout: 10_000 });
          await unfoldSearchFacets(page);
          for (const violation of await seriousAxeViolations(page)) found.push(`${colorScheme}: ${violation}`);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          expect(errors).toEqual([]);
        }
        expect(found).toEqual([]);
      });
    }

    test('every page has a skip link and main landmark, at 360 px without horizontal scroll', async () => {
      for (const path of pages()) {
        const { page } = await site().open(path, { width: 360 });
        expect(await page.locator('a.skip-link[href="#main"]').count(), path).toBe(1);
        expect(await page.locator('main#main').count(), path).toBe(1);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      }
    });
  });
}
