import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import type { Site } from '../site.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: Array<{ target: unknown }>;
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
          await page.addScriptTag({ path: axePath });
          const violations = await page.evaluate(async () => {
            const axe = (window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
            return (await axe.run()).violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.map((n) => ({ target: n.target })) }));
          });
          for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) found.push(`${path}: ${v.id} ${JSON.stringify(v.nodes.slice(0, 3))}`);
          expect(errors, path).toEqual([]);
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
