import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { linkedEventIds, type Site } from '../site.ts';

/** Waits until the search page has drawn its results, then returns the event ids found, in the order shown. */
export async function resultIds(page: Page): Promise<string[]> {
  await page.waitForSelector('#search-status[data-state="done"]', { timeout: 20_000 });
  expect(await page.locator('#search-status').innerText()).toMatch(/نتيج|نتائج/);
  return linkedEventIds(page, '#search-results h3 a');
}

/** The seeds of the events found, sorted. */
export async function resultSeeds(site: Site, page: Page): Promise<string[]> {
  return site.idsToSeeds(await resultIds(page));
}

/** The count a facet value shows next to it. */
async function facetCounts(page: Page, facet: string): Promise<Record<string, number>> {
  return page.locator(`input[name="${facet}"]`).evaluateAll((boxes) =>
    Object.fromEntries(boxes.map((box) => [(box as HTMLInputElement).value, Number(box.closest('label')!.querySelector('[data-count]')!.textContent)])),
  );
}

const q = (words: string) => `q=${encodeURIComponent(words)}`;

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
  // A year in the words is read as the year: India's events of 2024, not every event that mentions 2024.
  ['الهند 2024', ['000', '003']],
  ['إيوايا ٢٠٢٥', ['002', '004']],
  // Dates as the page shows them and as ISO days.
  ['27 نوفمبر', ['000']],
  ['2024-11-27', ['000']],
  ['جمادى الأولى 1446', ['000']],
];

const FILTERS: Array<[string, string[]]> = [
  ['country=KR', ['004']],
  ['country=IN&country=KR', ['000', '003', '004']],
  ['format=2plus2-vice-ministerial', ['001']],
  // Earlier links wrote the stored slug, and the single year.
  [`format=${encodeURIComponent('2+2-vice-ministerial')}`, ['001']],
  ['year=2024', ['000', '003']],
  ['from=2024-11&to=2025-01', ['000', '002', '004']],
  ['official=takeshi-iwaya&format=foreign-ministers-meeting', ['002']],
];

/** The Pagefind search page: queries, facets, dates, order, excerpts, URL state, Back, keyboard use. */
export function describeSearch(site: () => Site): void {
  describe('search', () => {
    for (const [query, seeds] of QUERIES) {
      test(`«${query}» finds seeds ${seeds.join(', ')}`, async () => {
        const { page, errors } = await site().open(`/search/?${q(query)}`);
        expect(await resultSeeds(site(), page)).toEqual(seeds);
        expect(errors).toEqual([]);
      });
    }

    for (const [filter, seeds] of FILTERS) {
      test(`with no words, ${decodeURIComponent(filter)} lists seeds ${seeds.join(', ')}`, async () => {
        const { page, errors } = await site().open(`/search/?${filter}`);
        expect(await resultSeeds(site(), page)).toEqual(seeds);
        expect(errors).toEqual([]);
      });
    }

    test('2+2, حوار 2+2 and 2plus2 name the 2+2 formats; in quotes, 2+2 is searched in the text', async () => {
      const vietnam = site().eventBySeed('001').id;
      for (const query of ['2+2', 'حوار 2+2', '2plus2']) {
        const { page } = await site().open(`/search/?${q(query)}`);
        expect(await resultIds(page), query).toEqual([vietnam]);
        expect(await page.locator('#search-status').innerText()).toContain(`«${query}» صيغةَ حوار`);
      }
      // The family's own name is read whole, and the page says how to search its words in the text instead.
      const { page: named } = await site().open(`/search/?${q('حوار 2+2')}`);
      expect(await named.locator('#search-status').innerText()).toContain('للبحث عنه في نصوص الأخبار: حوار "2+2"');
      // The Indian and American articles mention a 2+2 meeting; the 2+2 dialogue ranks first.
      const { page } = await site().open(`/search/?${q('"2+2"')}`);
      const ids = await resultIds(page);
      expect(ids[0]).toBe(vietnam);
      expect(site().idsToSeeds(ids)).toEqual(['000', '001', '002']);
    });

    test('Pagefind searches on the page\'s own thread, without a worker whose per-result messages stall later searches', async () => {
      const { page, errors } = await site().open(`/search/?${q('الهند')}`);
      expect(site().idsToSeeds(await resultIds(page))).toContain('000');
      expect(page.workers()).toEqual([]);
      expect(errors).toEqual([]);
    });

    test('results are sorted by date when asked, and the order is kept in the URL', async () => {
      const { page } = await site().open(`/search/?${q('الهند')}&sort=oldest`);
      expect(site().idsToSeeds(await resultIds(page))).toEqual(['000', '003']);
      expect(await resultIds(page)).toEqual([site().eventBySeed('003').id, site().eventBySeed('000').id]);
      await page.selectOption('#sort', 'newest');
      await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('newest');
      expect(await resultIds(page)).toEqual([site().eventBySeed('000').id, site().eventBySeed('003').id]);
      // With no words there is nothing to rank by: newest first.
      const { page: browsing } = await site().open('/search/?country=IN&country=KR');
      const dates = (await resultIds(browsing)).map((id) => site().events.find((event) => event.id === id)!.date);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(await browsing.locator('#sort option[value="relevance"]').isDisabled()).toBe(true);
    });

    test('result cards show the format badge, partner countries, Gregorian and Hijri dates, and a highlighted excerpt of the real text', async () => {
      const india = site().eventBySeed('000');
      const { page, errors } = await site().open(`/search/?${q('الهند')}`);
      await resultIds(page);
      const card = page.locator('#search-results > li').filter({ has: page.locator(`a[href="/events/${india.id}/"]`) });
      expect(await card.locator('a.badge').innerText()).toBe('حوار على مستوى نواب الوزراء');
      expect(await card.locator('a.chip').allInnerTexts()).toEqual(['الهند']);
      expect(await card.locator('time').getAttribute('datetime')).toBe('2024-11-27');
      expect(await card.locator('time').innerText()).toBe('27 نوفمبر 2024');
      expect(await card.locator('[data-slot="hijri"]').innerText()).toMatch(/جمادى الأولى 1446/);
      const marks = await card.locator('.excerpt mark').allInnerTexts();
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(mark).toMatch(/الهند/);
      // Pagefind puts a full stop between blocks, so the two are compared word for word.
      const words = (text: string) => text.replace(/[^\p{L}\p{N}+]+/gu, ' ').trim();
      const excerpt = words(await card.locator('.excerpt').innerText());
      const { page: eventPage } = await site().open(`/events/${india.id}/`);
      expect(words(await eventPage.locator('article').innerText())).toContain(excerpt);
      expect(errors).toEqual([]);
    });

    test('the extra spellings readers search by are metadata, not page text: not shown, copied or excerpted', async () => {
      const india = site().eventBySeed('000');
      const { page } = await site().open(`/events/${india.id}/`);
      const text = await page.evaluate(() => document.body.innerText);
      const hidden = ['الهنديين', 'هنديات', 'جمهوريه الهند'];
      for (const term of hidden) expect(text).not.toContain(term);
      // Pagefind does read them from the page.
      expect(await page.locator('[data-pagefind-meta^="terms"]').getAttribute('data-value')).toContain('الهنديين');
      const { page: found } = await site().open(`/search/?${q('الهنديين')}`);
      expect(await resultSeeds(site(), found)).toEqual(['000', '003']);
      for (const excerpt of await found.locator('.excerpt').allInnerTexts()) for (const term of hidden) expect(excerpt).not.toContain(term);
    });

    test('facet counts follow the words and the other facets', async () => {
      const { page } = await site().open('/search/');
      await page.locator('details[data-facet="country"] summary').click();
      expect(await facetCounts(page, 'country')).toEqual({ IN: 2, KR: 1, US: 1, VN: 1 });
      await page.locator('#q').fill('إيوايا');
      await page.locator('#q').press('Enter');
      await resultIds(page);
      await expect.poll(() => facetCounts(page, 'country')).toEqual({ IN: 0, KR: 1, US: 1, VN: 0 });
      await page.locator('details[data-facet="format"] summary').click();
      await expect.poll(() => facetCounts(page, 'format')).toMatchObject({ 'official-visit': 2, 'foreign-ministers-meeting': 1, 'joint-working-group': 0 });
      await page.locator('input[name="country"][value="KR"]').check();
      expect(site().idsToSeeds(await resultIds(page))).toEqual(['004']);
      await expect.poll(() => facetCounts(page, 'format')).toMatchObject({ 'official-visit': 1, 'foreign-ministers-meeting': 0 });
      // A facet's own counts say what each value would give instead, so ticking another adds its events.
      await expect.poll(() => facetCounts(page, 'country')).toEqual({ IN: 0, KR: 1, US: 1, VN: 0 });
      await expect.poll(() => new URL(page.url()).searchParams.getAll('country')).toEqual(['KR']);
    });

    test('a search with a ticked value unfolds its facet and counts it once, for that search', async () => {
      // Every search the page asks Pagefind for: its script served wrapped, its own `search` recording the words and options.
      const { page, context } = await site().open('/search/');
      const wrapper = `import * as pagefind from '/pagefind/pagefind.js?as-built'; export * from '/pagefind/pagefind.js?as-built';
        export function search(term, options) { (window.asked ??= []).push(JSON.parse(JSON.stringify([term, options]))); return pagefind.search(term, options); }`;
      await context.route((url) => url.pathname === '/pagefind/pagefind.js' && url.search === '', (route) => route.fulfill({ contentType: 'text/javascript', body: wrapper }));
      await page.goto(`${site().origin}/search/?${q('الهند')}`, { waitUntil: 'networkidle' });
      await resultIds(page);
      // From here on.
      expect(await page.evaluate(() => (window as unknown as { asked?: unknown[] }).asked?.length)).toBeGreaterThan(0);
      await page.evaluate(() => ((window as unknown as { asked: unknown[] }).asked = []));
      // Forward to a search with a format ticked (as Back and Forward do): the page unfolds the format facet itself.
      expect(await page.locator('details[data-facet="format"]').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
      await page.evaluate(() => {
        history.pushState({}, '', `?q=${encodeURIComponent('الهند')}&format=official-visit`);
        dispatchEvent(new PopStateEvent('popstate', { state: {} }));
      });
      await expect.poll(() => page.locator('#search-status').getAttribute('data-state')).toBe('done');
      expect(await page.locator('input[name="format"][value="official-visit"]').isChecked()).toBe(true);
      await expect.poll(() => page.locator('#search-facets').getAttribute('data-counts')).toBe('done');
      expect(await page.locator('details[data-facet="format"]').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
      const asked = await page.evaluate(() => (window as unknown as { asked: Array<[string | null, { filters: Record<string, unknown> }]> }).asked);
      // The search itself, then, for the format facet's counts, the same words without the format's condition: the
      // page counts the values on its results itself, so Pagefind is never asked to load the whole format filter.
      expect(asked.map(([words, options]) => [words, options.filters])).toEqual([
        ['الهند', { all: [{ 'format-official-visit': 'official-visit' }] }],
        ['الهند', {}],
      ]);
    });

    test('an official is added by name from the name field, and listed ticked', async () => {
      const { page } = await site().open(`/search/?${q('الهند')}`);
      await resultIds(page);
      await page.locator('details[data-facet="official"] summary').click();
      await page.locator('#official-add').fill('تاكيشي إيوايا');
      await page.locator('#official-add').press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.getAll('official')).toEqual(['takeshi-iwaya']);
      expect(await resultSeeds(site(), page)).toEqual([]);
      expect(await page.locator('input[name="official"][value="takeshi-iwaya"]').isChecked()).toBe(true);
      await page.locator('#q').fill('');
      await page.locator('#q').press('Enter');
      expect(await resultSeeds(site(), page)).toEqual(['002', '004']);
      // A name not in the list is refused with a message, not searched.
      await page.locator('#official-add').fill('اسم لا وجود له');
      await page.locator('#official-add').press('Enter');
      expect(await page.locator('#official-add').evaluate((input) => (input as HTMLInputElement).validationMessage)).toContain('لا يوجد');
      expect(new URL(page.url()).searchParams.getAll('official')).toEqual(['takeshi-iwaya']);
    });

    test('unknown values in the URL are reported and not applied', async () => {
      const { page, errors } = await site().open(`/search/?${q('الهند')}&country=XX&format=bogus&from=2024-13&sort=best&colour=red`);
      expect(await resultSeeds(site(), page)).toEqual(['000', '003']);
      const report = await page.locator('#search-problems[role="alert"]').innerText();
      for (const part of ['country=XX', 'format=bogus', '2024-13', 'best', 'colour']) expect(report).toContain(part);
      expect(await page.locator('input[name="country"]:checked').count()).toBe(0);
      expect(errors).toEqual([]);
      const { page: alone } = await site().open('/search/?country=ZZ');
      expect(await alone.locator('#search-problems').innerText()).toContain('country=ZZ');
      expect(await alone.locator('#search-results li').count()).toBe(0);
    });

    test('a page beyond the last is reported and the last page shown', async () => {
      const { page } = await site().open(`/search/?${q('الهند')}&page=7`);
      expect(await resultSeeds(site(), page)).toEqual(['000', '003']);
      expect(await page.locator('#search-problems').innerText()).toContain('7');
    });

    test('a search made with the keyboard alone is kept in the URL and restored from it', async () => {
      const { page, context } = await site().open('/search/');
      await page.locator('#q').focus();
      await page.keyboard.type('الهند');
      await page.keyboard.press('Enter');
      expect(await resultSeeds(site(), page)).toEqual(['000', '003']);
      // Unfold the period facet and choose a year from the keyboard.
      await page.locator('details[data-facet="dates"] summary').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('from-year');
      await page.keyboard.press('End');
      await page.locator('#from-year').selectOption('2024');
      await page.locator('#to-year').focus();
      await page.locator('#to-year').selectOption('2024');
      await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe('2024');
      // Tick a country from the keyboard.
      await page.locator('details[data-facet="country"] summary').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await expect.poll(() => new URL(page.url()).searchParams.getAll('country')).toHaveLength(1);
      const shared = page.url();
      const other = await context.newPage();
      await other.goto(shared, { waitUntil: 'networkidle' });
      expect(await other.inputValue('#q')).toBe('الهند');
      expect(await other.inputValue('#from-year')).toBe('2024');
      expect(await other.locator('input[name="country"]:checked').count()).toBe(1);
      expect(await resultIds(other)).toEqual(await resultIds(page));
    });

    test('Back from a result, and a reload, restore the results and the place on the page', async () => {
      const { page } = await site().open('/search/?q=Japan&sort=oldest');
      await page.setViewportSize({ width: 1280, height: 420 });
      const ids = await resultIds(page);
      expect(ids).toHaveLength(5);
      const target = page.locator('#search-results h3 a').nth(3);
      await target.scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(100);
      const place = await page.evaluate(() => window.scrollY);
      expect(place).toBeGreaterThan(200);
      await target.click();
      await page.waitForURL(/\/events\//);
      await page.goBack();
      expect(await resultIds(page)).toEqual(ids);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(place - 5);
      expect(await page.evaluate(() => window.scrollY)).toBeLessThan(place + 5);
      await page.reload();
      expect(await resultIds(page)).toEqual(ids);
      await expect.poll(() => page.evaluate(() => Math.abs(window.scrollY - (history.state?.scrollY ?? -1)))).toBeLessThan(5);
      expect(Math.abs((await page.evaluate(() => window.scrollY)) - place)).toBeLessThan(5);
    });

    test('clearing the search empties the form, the results and the URL', async () => {
      const { page } = await site().open(`/search/?${q('الهند')}&country=IN`);
      await resultIds(page);
      await page.locator('#search-reset').click();
      await expect.poll(() => page.url()).toMatch(/\/search\/$/);
      expect(await page.locator('#search-results li').count()).toBe(0);
      expect(await page.inputValue('#q')).toBe('');
    });

    test('the search page fetches no Pagefind file until the reader uses it', async () => {
      const { page } = await site().open('/search/');
      const pagefindRequests: string[] = [];
      page.context().on('request', (request) => request.url().includes('/pagefind/') && pagefindRequests.push(request.url()));
      await page.waitForTimeout(300);
      const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('/pagefind/')));
      expect([...loaded, ...pagefindRequests]).toEqual([]);
    });
  });
}
