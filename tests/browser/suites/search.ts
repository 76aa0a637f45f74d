import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { linkedEventIds, type Site } from '../site.ts';

/** Waits until the search page has announced its results, then returns the seeds of the events found. */
export async function resultSeeds(site: Site, page: Page): Promise<string[]> {
  await page.waitForSelector('#search-status[data-state="done"]', { timeout: 10_000 });
  expect(await page.locator('#search-status').innerText()).toMatch(/نتيج|لا نتائج/);
  return site.idsToSeeds(await linkedEventIds(page, '#search-results a'));
}

const QUERIES: Array<[string, string[]]> = [
  ['الهند', ['000', '003']],
  ['الهندية', ['000', '003']],
  ['India', ['000', '003']],
  ['إيوايا', ['002', '004']],
  ['ايويا', ['002', '004']],
  ['Iwaya', ['002', '004']],
  ['فيتنام', ['001']],
  ['الفيتنامي', ['001']],
  // Spellings met in no seed: diacritics, alef maqsura, hamza below, ta marbuta written as ha.
  ['إيوَايا', ['002', '004']],
  ['تاكاشى إيويا', ['002', '004']],
  ['الهنديه', ['000', '003']],
];

const FILTERS: Array<[string, string[]]> = [
  ['country=KR', ['004']],
  [`format=${encodeURIComponent('2+2-vice-ministerial')}`, ['001']],
  ['year=2024', ['000', '003']],
];

/** The Pagefind search page: queries, filters, shared URLs, keyboard use. */
export function describeSearch(site: () => Site): void {
  describe('search', () => {
    for (const [query, seeds] of QUERIES) {
      test(`«${query}» finds seeds ${seeds.join(', ')}`, async () => {
        const { page, errors } = await site().open(`/search/?q=${encodeURIComponent(query)}`);
        expect(await resultSeeds(site(), page)).toEqual(seeds);
        expect(errors).toEqual([]);
      });
    }

    for (const [filter, seeds] of FILTERS) {
      test(`filter ${decodeURIComponent(filter)} finds seeds ${seeds.join(', ')}`, async () => {
        const { page, errors } = await site().open(`/search/?${filter}`);
        expect(await resultSeeds(site(), page)).toEqual(seeds);
        expect(errors).toEqual([]);
      });
    }

    test('the country filter is offered by its Arabic name', async () => {
      const { page } = await site().open('/search/');
      await page.selectOption('#f-country', { label: (await page.locator('#f-country option', { hasText: 'كوريا الجنوبية' }).innerText()).trim() });
      expect(await resultSeeds(site(), page)).toEqual(['004']);
      expect(new URL(page.url()).searchParams.get('country')).toBe('KR');
    });

    test('a search typed with the keyboard is kept in the URL and restored from it', async () => {
      const { page, context } = await site().open('/search/');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.locator('#q').focus();
      await page.keyboard.type('الهند');
      await page.keyboard.press('Enter');
      expect(await resultSeeds(site(), page)).toEqual(['000', '003']);
      await page.locator('#f-year').focus();
      await page.keyboard.press('ArrowDown');
      await page.locator('#f-year').selectOption('2024');
      await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2024');
      const shared = page.url();
      expect(new URL(shared).searchParams.get('q')).toBe('الهند');
      const other = await context.newPage();
      await other.goto(shared, { waitUntil: 'networkidle' });
      expect(await other.inputValue('#q')).toBe('الهند');
      expect(await other.inputValue('#f-year')).toBe('2024');
      expect(await resultSeeds(site(), other)).toEqual(['000', '003']);
    });

    test('the search page fetches no Pagefind file until the reader searches', async () => {
      const { page } = await site().open('/search/');
      const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('/pagefind/')));
      expect(loaded).toEqual([]);
    });
  });
}
