import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SITE } from '../../../src/config.ts';
import { countToArabic, NOUNS } from '../../../src/utils/arabicCount.ts';
import { sortNewestFirst } from '../../../src/utils/timeline.ts';
import { linkedEventIds, type ExportedEvent, type Site } from '../site.ts';

/** Event ids newest first, as the site orders them. */
const newestFirst = (events: ExportedEvent[]) => sortNewestFirst(events.map((event) => ({ id: event.id, data: { date: event.date } }))).map((event) => event.id);

/** The first paragraph an editor wrote in an MDX file (after any frontmatter and imports). */
const firstParagraph = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .find((block) => block !== '' && !/^(import|export|#|<)/.test(block))!;

/** Editor-written MDX: the about and method page, and the introductions on hub pages, with live components in them. */
export function describeEditorialPages(site: () => Site): void {
  describe('editorial pages', () => {
    test('the about page is Arabic, right-to-left, linked from the footer, and loads no script', async () => {
      const home = await site().open('/');
      expect(await home.page.locator('footer a[href="/about/"]').innerText()).toBe('عن الموقع ومنهجه');
      const { page, errors } = await site().open('/about/');
      expect(await page.getAttribute('html', 'lang')).toBe('ar');
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await page.locator('main h1').innerText()).toBe('عن الموقع ومنهجه');
      expect(await page.locator('main h2').allInnerTexts()).toEqual(['ما الذي يغطيه الموقع', 'من أين تأتي الأحداث', 'ما الذي يُستخرج من الخبر', 'كيف نتحقق من التواريخ والأسماء', 'الترخيص']);
      expect(await page.locator('script').count()).toBe(0);
      expect(errors).toEqual([]);
    });

    test('the about page shows live figures from the events: their count and the latest three', async () => {
      const { page } = await site().open('/about/');
      expect(await page.locator('main .event-count').innerText()).toBe(countToArabic(site().events.length, NOUNS.event));
      expect(await linkedEventIds(page, 'main .recent-meetings a')).toEqual(newestFirst(site().events).slice(0, 3));
    });

    test('the about page names the licence from the site configuration', async () => {
      const { page } = await site().open('/about/');
      const licence = page.locator('main a[rel="license"]');
      expect(await licence.getAttribute('href')).toBe(SITE.licence.url);
      expect(await licence.innerText()).toBe(SITE.licence.name);
    });

    test('the India hub opens with its introduction and the latest meetings with India embedded in it', async () => {
      const { page, errors } = await site().open('/countries/in/');
      const intro = page.locator('main .hub-intro');
      expect(await intro.count()).toBe(1);
      expect(await intro.locator('p').first().innerText()).toBe(firstParagraph('content/countries/in.mdx'));
      const india = site().events.filter((event) => event.parties.includes('IN'));
      expect(india.length).toBeGreaterThan(0);
      expect(await linkedEventIds(page, 'main .hub-intro .recent-meetings a')).toEqual(newestFirst(india).slice(0, 3));
      expect(await intro.locator('.event-count').innerText()).toBe(countToArabic(india.length, NOUNS.meeting));
      // At the top: after the heading, before the timeline.
      const introTop = (await intro.boundingBox())!.y;
      expect(introTop).toBeGreaterThan((await page.locator('main h1').boundingBox())!.y);
      expect(introTop).toBeLessThan((await page.locator('main li.timeline-entry').first().boundingBox())!.y);
      expect(errors).toEqual([]);
    });

    test('a hub without an introduction has none', async () => {
      const { page } = await site().open('/countries/kr/');
      expect(await page.locator('main h1').count()).toBe(1);
      expect(await page.locator('main .hub-intro').count()).toBe(0);
    });

    test('a format introduced before its first event has its page, listed on the formats index', async () => {
      const { page } = await site().open('/formats/2plus2-ministerial/');
      expect(await page.locator('main h1').innerText()).toBe('حوار 2+2 الوزاري');
      expect(await page.locator('main .hub-intro p').first().innerText()).toBe(firstParagraph('content/formats/2plus2-ministerial.mdx'));
      const index = await site().open('/formats/');
      expect(await index.page.locator('main a[href="/formats/2plus2-ministerial/"]').count()).toBe(1);
    });
  });
}
