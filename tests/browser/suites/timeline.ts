import { describe, expect, test } from 'vitest';
import { linkedEventIds, type Site } from '../site.ts';

/** The home timeline, year pages and deep links. */
export function describeTimeline(site: () => Site): void {
  describe('timeline', () => {
    test('the home page is Arabic and right-to-left', async () => {
      const { page, errors } = await site().open('/');
      expect(await page.getAttribute('html', 'lang')).toBe('ar');
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
      expect(errors).toEqual([]);
    });

    test('the home timeline shows the five seed events newest first', async () => {
      const { page, errors } = await site().open('/');
      const ids = await page.locator('li.timeline-entry').evaluateAll((items) => items.map((item) => item.id));
      expect(site().idsToSeeds(ids)).toEqual(['000', '001', '002', '003', '004']);
      const dates = ids.map((id) => site().events.find((event) => event.id === id)!.date);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(ids[0]).toBe(site().eventBySeed('001').id);
      expect(errors).toEqual([]);
    });

    test('each entry links to its permalink and shows Gregorian and Hijri dates', async () => {
      const { page } = await site().open('/');
      const india = site().eventBySeed('000');
      const entry = page.locator(`li[id="${india.id}"]`);
      expect(await linkedEventIds(page, `li[id="${india.id}"] h4 a`)).toEqual([india.id]);
      await expect.poll(() => entry.innerText()).toContain('27 نوفمبر 2024');
      expect(await entry.innerText()).toContain('جمادى الأولى 1446');
    });

    test('a year page holds its events and a #id deep link targets the entry', async () => {
      const event = site().eventBySeed('003');
      const { page, errors } = await site().open(`/years/2024/#${event.id}`);
      const ids = await page.locator('li.timeline-entry').evaluateAll((items) => items.map((item) => item.id));
      expect(site().idsToSeeds(ids)).toEqual(['000', '003']);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(event.id);
      expect(errors).toEqual([]);
    });
  });
}
