import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExportedEvent, Site } from '../site.ts';
import { yearToSearchPart } from '../../../src/utils/yearToSearchPart.ts';
import { resultIds } from './search.ts';
import { seriousAxeViolations, unfoldSearchFacets } from './accessibility.ts';

const TWO_PLUS_TWO = ['2+2-ministerial', '2+2-vice-ministerial'];

/** Events in the order of the date sort, oldest first: by date, then by id. */
function oldestFirst(events: ExportedEvent[]): string[] {
  return events.map((event) => `${event.date} ${event.id}`).sort().map((key) => key.split(' ')[1]!);
}

/** The number of results the page announced. */
async function total(page: Page): Promise<number> {
  await page.waitForSelector('#search-status[data-state="done"]', { timeout: 20_000 });
  return Number(await page.locator('#search-status').getAttribute('data-total'));
}

/** Every result of the search shown, page after page through the pager's next link. */
async function allResultIds(page: Page): Promise<string[]> {
  const ids = [...(await resultIds(page))];
  for (let next = page.locator('#search-pages a[rel="next"]'); (await next.count()) > 0; ) {
    const before = await page.locator('#search-status').innerText();
    await next.click();
    await expect.poll(() => page.locator('#search-status[data-state="done"]').innerText().catch(() => before)).not.toBe(before);
    ids.push(...(await resultIds(page)));
  }
  return ids;
}

/** The facet counts shown next to a facet's values. */
async function facetCounts(page: Page, facet: string): Promise<Record<string, number>> {
  return page.locator(`input[name="${facet}"]`).evaluateAll((boxes) =>
    Object.fromEntries(boxes.map((box) => [(box as HTMLInputElement).value, Number(box.closest('label')!.querySelector('[data-count]')!.textContent)])),
  );
}

/** Issue 9's "done when", on the benchmark's 10,000-event site. */
export function describeSearchAtScale(site: () => Site): void {
  describe('search on the 10,000-event site', () => {
    const twoPlusTwo = () => oldestFirst(site().events.filter((event) => event.formats.some((format) => TWO_PLUS_TWO.includes(format))));
    const indiaIn2015 = (asParty: boolean) =>
      oldestFirst(site().events.filter((event) => event.date.startsWith('2015') && (event.parties.includes('IN') || (!asParty && event.mentions.includes('IN')))));

    test('2+2, حوار 2+2 and the format filter return the same 2+2 dialogues', async () => {
      const expected = twoPlusTwo();
      expect(expected.length).toBeGreaterThan(1000);
      for (const search of ['q=2%2B2', `q=${encodeURIComponent('حوار 2+2')}`, 'format=2plus2-ministerial&format=2plus2-vice-ministerial']) {
        const { page, errors } = await site().open(`/search/?${search}&sort=oldest`);
        expect(await total(page), search).toBe(expected.length);
        expect(await resultIds(page), search).toEqual(expected.slice(0, 20));
        const last = Math.ceil(expected.length / 20);
        const { page: end } = await site().open(`/search/?${search}&sort=oldest&page=${last}`);
        expect(await resultIds(end), search).toEqual(expected.slice((last - 1) * 20));
        expect(errors).toEqual([]);
      }
    });

    test('excerpts show the matched words highlighted', async () => {
      // حوار is a word of the text; "2+2" in quotes is searched in the text too («حوار 2+2» names the formats: no words).
      for (const [query, word] of [['حوار', 'حوار'], ['"2+2"', '2+2']] as const) {
        const { page } = await site().open(`/search/?q=${encodeURIComponent(query)}`);
        await resultIds(page);
        const cards = await page.locator('#search-results > li').all();
        expect(cards).toHaveLength(20);
        for (const card of cards) expect((await card.locator('.excerpt mark').allInnerTexts()).some((mark) => mark.includes(word)), query).toBe(true);
      }
    });

    test('«الهند» with 2015 sorted by date returns that year\'s India events in date order, typed or as a range', async () => {
      const expected = indiaIn2015(false);
      expect(expected.length).toBeGreaterThan(20);
      for (const search of [`q=${encodeURIComponent('الهند')}&from=2015&to=2015`, `q=${encodeURIComponent('الهند 2015')}`]) {
        const { page } = await site().open(`/search/?${search}&sort=oldest`);
        expect(await allResultIds(page), search).toEqual(expected);
        expect(new URL(page.url()).searchParams.get('page')).toBe(String(Math.ceil(expected.length / 20)));
      }
      // India as a party only: the country facet, no words.
      const { page } = await site().open('/search/?country=IN&from=2015&to=2015&sort=oldest');
      expect(await allResultIds(page)).toEqual(indiaIn2015(true));
    });

    test('words of one part\'s years find those years\' events only: the index built in parts answers as one index', async () => {
      // The official with most events, all of one part (2000-2004): his name and «اليابان», a word of most events. Pagefind
      // leaves out of a query a word its index lacks, so a part searched on its own would answer with its «اليابان» events.
      const byOfficial = new Map<string, { name: string; events: ExportedEvent[] }>();
      for (const event of site().events) for (const { id, name } of event.officials) (byOfficial.get(id) ?? byOfficial.set(id, { name, events: [] }).get(id)!).events.push(event);
      const partOf = (event: ExportedEvent) => yearToSearchPart(Number(event.date.slice(0, 4)));
      const [official] = [...byOfficial.values()].filter(({ events }) => new Set(events.map(partOf)).size === 1).sort((a, b) => b.events.length - a.events.length);
      const part = partOf(official!.events[0]!);
      expect(new Set(site().events.map(partOf)).size).toBeGreaterThan(1);
      const { page } = await site().open(`/search/?q=${encodeURIComponent(`${official!.name} اليابان`)}&sort=oldest`);
      const found = await allResultIds(page);
      expect(found.length).toBeGreaterThan(official!.events.length / 2);
      expect(found.filter((id) => yearToSearchPart(Number(id.slice(0, 4))) !== part)).toEqual([]);
    });

    test('an empty query with a country lists its events, newest first', async () => {
      const expected = oldestFirst(site().events.filter((event) => event.parties.includes('IN'))).reverse();
      const { page } = await site().open('/search/?country=IN');
      expect(await total(page)).toBe(expected.length);
      expect(await resultIds(page)).toEqual(expected.slice(0, 20));
    });

    test('Back from a result restores the page of results and the place on it', async () => {
      const { page } = await site().open(`/search/?q=${encodeURIComponent('الهند')}`);
      await page.setViewportSize({ width: 1280, height: 700 });
      await resultIds(page);
      await page.locator('#search-pages a[rel="next"]').click();
      await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBe('2');
      const pageTwo = await resultIds(page);
      const target = page.locator('#search-results h3 a').nth(12);
      await target.scrollIntoViewIfNeeded();
      const place = await page.evaluate(() => window.scrollY);
      expect(place).toBeGreaterThan(1000);
      await target.click();
      await page.waitForURL(/\/events\//);
      await page.goBack();
      expect(new URL(page.url()).searchParams.get('page')).toBe('2');
      expect(await resultIds(page)).toEqual(pageTwo);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(place - 5);
      expect(Math.abs((await page.evaluate(() => window.scrollY)) - place)).toBeLessThan(5);
      // Back again: page 1 of the same search.
      await page.goBack();
      await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBeNull();
      expect(await resultIds(page)).not.toEqual(pageTwo);
    });

    test('facet counts follow the words and the other facets', async () => {
      const { page } = await site().open(`/search/?q=${encodeURIComponent('الهند')}`);
      await resultIds(page);
      await page.locator('details[data-facet="format"] summary').click();
      await page.waitForSelector('#search-facets[data-counts="done"]');
      const underWords = await facetCounts(page, 'format');
      await page.locator('details[data-facet="country"] summary').click();
      await page.locator('input[name="country"][value="IN"]').check();
      await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe('IN');
      await page.waitForSelector('#search-status[data-state="done"]');
      await page.waitForSelector('#search-facets[data-counts="done"]');
      const india = site().events.filter((event) => event.parties.includes('IN'));
      const expected = Object.fromEntries(Object.keys(underWords).map((format) => [format, india.filter((event) => event.formats.includes(format)).length]));
      await expect.poll(() => facetCounts(page, 'format')).toEqual(expected);
      expect(expected).not.toEqual(underWords);
      // A count is what ticking the value gives.
      const [format, count] = Object.entries(expected).find(([, n]) => n > 0)!;
      await page.locator(`input[name="format"][value="${format}"]`).check();
      await expect.poll(() => page.locator('#search-status[data-state="done"]').getAttribute('data-total').catch(() => null)).toBe(String(count));
    });

    test('an unknown country in the URL is reported, and the rest of the search still runs', async () => {
      const { page, errors } = await site().open(`/search/?q=${encodeURIComponent('الهند')}&country=QQ`);
      const mentioning = site().events.filter((event) => event.parties.includes('IN') || event.mentions.includes('IN'));
      expect(await total(page)).toBe(mentioning.length);
      expect(await page.locator('#search-problems[role="alert"]').innerText()).toContain('country=QQ');
      expect(errors).toEqual([]);
    });

    test('the search page in use (page 2, pager, facets unfolded) has no serious axe violation at 360 and 1280 px, light and dark', async () => {
      const found: string[] = [];
      for (const width of [360, 1280]) {
        for (const colorScheme of ['light', 'dark'] as const) {
          const { page } = await site().open(`/search/?q=${encodeURIComponent('الهند')}&country=IN&page=2`, { width, colorScheme });
          await resultIds(page);
          await unfoldSearchFacets(page);
          for (const violation of await seriousAxeViolations(page)) found.push(`${width} ${colorScheme}: ${violation}`);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        }
      }
      expect(found).toEqual([]);
    });
  });

  describe('year pages on the 10,000-event site', () => {
    test("a year's first page gives every year's number of events, its later pages the years alone (they change with their year only)", async () => {
      const counts = new Map<string, number>();
      for (const event of site().events) counts.set(event.date.slice(0, 4), (counts.get(event.date.slice(0, 4)) ?? 0) + 1);
      const [year, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      expect(count).toBeGreaterThan(200);
      const navOf = async (path: string) => {
        const { page, errors } = await site().open(path);
        const links = await page.locator('nav[aria-label="التنقل بين السنوات"] a').evaluateAll((items) => items.map((item) => item.textContent!.replace(/\s+/g, '')));
        expect(errors).toEqual([]);
        return links;
      };
      const years = [...counts.keys()].sort().reverse();
      expect(await navOf(`/years/${year}/`)).toEqual(years.map((y) => `${y}(${counts.get(y)})`));
      expect(await navOf(`/years/${year}/2/`)).toEqual(years);
    });
  });
}
