import { describe, expect, test } from 'vitest';
import type { Site } from '../site.ts';

// SPEC §5: an event page stays under this many bytes of HTML.
const EVENT_PAGE_BUDGET = 30 * 1024;

/** The event permalink page: meta tags, JSON-LD, weight, share controls. */
export function describeEventPage(site: () => Site): void {
  describe('event page', () => {
    test('has Open Graph, Twitter and canonical tags in Arabic', async () => {
      const event = site().eventBySeed('002');
      const { page, errors } = await site().open(`/events/${event.id}/`);
      const meta = (selector: string) => page.getAttribute(selector, 'content');
      expect(await meta('meta[property="og:title"]')).toMatch(/[\u0600-\u06FF]/);
      expect(await meta('meta[property="og:description"]')).toMatch(/[\u0600-\u06FF]/);
      expect(await meta('meta[property="og:locale"]')).toBe('ar_AR');
      expect(await meta('meta[name="twitter:card"]')).toBe('summary');
      expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(new RegExp(`/events/${event.id}/$`));
      expect(errors).toEqual([]);
    });

    test('has valid schema.org Event JSON-LD', async () => {
      const event = site().eventBySeed('004');
      const { page } = await site().open(`/events/${event.id}/`);
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
      expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'Event', startDate: '2025-01-13', inLanguage: 'ar' });
      expect(ld.location['@type']).toBe('Place');
      expect(ld.url).toMatch(new RegExp(`/events/${event.id}/$`));
    });

    test('stays under 30 KB of HTML and loads no JavaScript file', async () => {
      for (const event of site().events) {
        const html = await (await fetch(`${site().origin}/events/${event.id}/`)).text();
        expect(Buffer.byteLength(html), event.id).toBeLessThanOrEqual(EVENT_PAGE_BUDGET);
        expect(html, event.id).not.toMatch(/<script[^>]+src=/);
        expect(html, event.id).not.toContain('pagefind-ui');
      }
    });

    test('links to its countries, officials and format, and to its neighbours', async () => {
      const event = site().eventBySeed('002');
      const { page } = await site().open(`/events/${event.id}/`);
      expect(await page.locator('a[href="/countries/us/"]').count()).toBeGreaterThan(0);
      expect(await page.locator('a[href^="/officials/"]').count()).toBeGreaterThan(0);
      expect(await page.locator('a[href="/formats/foreign-ministers-meeting/"]').count()).toBeGreaterThan(0);
      expect(await page.getAttribute('a[rel="prev"]', 'href')).toBe(`/events/${site().eventBySeed('000').id}/`);
      expect(await page.getAttribute('a[rel="next"]', 'href')).toBe(`/events/${site().eventBySeed('004').id}/`);
    });

    test('copy link puts the permalink on the clipboard and says so', async () => {
      const event = site().eventBySeed('000');
      const { page, errors } = await site().open(`/events/${event.id}/#top`, { permissions: ['clipboard-read', 'clipboard-write'] });
      await page.getByRole('button', { name: 'نسخ الرابط' }).click();
      await expect.poll(() => page.locator('[data-share-status]').innerText()).toContain('تم نسخ');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site().origin}/events/${event.id}/`);
      expect(errors).toEqual([]);
    });
  });
}
