import { describe, expect, test } from 'vitest';
import type { Site } from '../site.ts';
import { TEST_SITE_URL } from '../../helpers/testSiteUrl.ts';

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
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe(`${TEST_SITE_URL}/events/${event.id}/`);
      expect(errors).toEqual([]);
    });

    test('has a 1200×630 share image on the public origin, with Arabic alt text, and the image opens', async () => {
      for (const event of site().events) {
        const { page, context } = await site().open(`/events/${event.id}/`);
        const meta = (selector: string) => page.getAttribute(selector, 'content');
        const image = await meta('meta[property="og:image"]');
        expect(image).toBe(`${TEST_SITE_URL}/og/events/${event.id}.png`);
        expect(await meta('meta[name="twitter:image"]')).toBe(image);
        expect(await meta('meta[property="og:image:width"]')).toBe('1200');
        expect(await meta('meta[property="og:image:height"]')).toBe('630');
        expect(await meta('meta[property="og:image:alt"]')).toMatch(/^[^،]*[\u0600-\u06FF].*، .+، \d/);
        // The same path on the server under test: the browser opens the PNG itself and reports its size.
        const shot = await context.newPage();
        const response = await shot.goto(`${site().origin}${new URL(image!).pathname}`);
        expect(response?.headers()['content-type']).toMatch(/^image\/png/);
        expect(await shot.evaluate(() => { const img = document.querySelector('img')!; return [img.naturalWidth, img.naturalHeight]; })).toEqual([1200, 630]);
      }
    });

    test('hub pages, year pages and the home page have share images of their own', async () => {
      for (const [path, image] of [
        ['/', '/og/site.png'],
        ['/countries/in/', '/og/countries/in.png'],
        ['/officials/takeshi-iwaya/', '/og/officials/takeshi-iwaya.png'],
        ['/formats/official-visit/', '/og/formats/official-visit.png'],
        ['/years/2024/', '/og/years/2024.png'],
      ]) {
        const html = await (await fetch(`${site().origin}${path}`)).text();
        expect(html, path).toContain(`<meta property="og:image" content="${TEST_SITE_URL}${image}">`);
        const png = await fetch(`${site().origin}${image}`);
        expect(png.status, image).toBe(200);
        const bytes = new Uint8Array(await png.arrayBuffer());
        // PNG signature, then the IHDR chunk's width and height.
        const view = new DataView(bytes.buffer);
        expect([view.getUint32(16), view.getUint32(20)], image).toEqual([1200, 630]);
      }
    });

    test('has schema.org JSON-LD: an Event with attendees and organisers, an ISO country, and a breadcrumb', async () => {
      const event = site().eventBySeed('004');
      const { page } = await site().open(`/events/${event.id}/`);
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
      expect(ld['@context']).toBe('https://schema.org');
      const [ev, crumbs] = ld['@graph'];
      expect(ev).toMatchObject({ '@type': 'Event', startDate: '2025-01-13', inLanguage: 'ar', eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode' });
      expect(ev.location).toMatchObject({ '@type': 'Place', address: { addressCountry: 'KR' } });
      expect(ev).not.toHaveProperty('performer');
      expect([...(ev.organizer ?? []), ...(ev.attendee ?? [])].length).toBeGreaterThan(0);
      for (const person of ev.attendee ?? []) expect(person.nationality.identifier).not.toBe('KR');
      for (const person of ev.organizer ?? []) expect(person.nationality.identifier).toBe('KR');
      expect(ev.url).toBe(`${TEST_SITE_URL}/events/${event.id}/`);
      expect(crumbs['@type']).toBe('BreadcrumbList');
      expect(crumbs.itemListElement.map((item: { item: string }) => item.item)).toEqual([`${TEST_SITE_URL}/`, `${TEST_SITE_URL}/years/2025/`, `${TEST_SITE_URL}/events/${event.id}/`]);
    });

    test('article:published_time only where a source gives a publication date', async () => {
      const published = await (await fetch(`${site().origin}/events/${site().eventBySeed('002').id}/`)).text();
      expect(published).toContain('<meta property="article:published_time" content="2025-01-07">');
      const unpublished = await (await fetch(`${site().origin}/events/${site().eventBySeed('004').id}/`)).text();
      expect(unpublished).not.toContain('article:published_time');
    });

    test('shows the source as a reader expects, and no seed file name', async () => {
      const { page } = await site().open(`/events/${site().eventBySeed('001').id}/`, { width: 360 });
      const link = page.locator('a.source-url');
      expect(await link.getAttribute('href')).toMatch(/^https:\/\/www\.vietnamplus\.vn\/doi-thoai/);
      const shown = await link.innerText();
      expect(shown.startsWith('vietnamplus.vn/')).toBe(true);
      expect(shown.endsWith('…')).toBe(true);
      // On one line even at 360 px: its box is one line high.
      const box = await link.boundingBox();
      const lineHeight = await link.evaluate((a) => parseFloat(getComputedStyle(a).lineHeight));
      expect(box!.height).toBeLessThan(lineHeight * 1.5);
      const dated = await site().open(`/events/${site().eventBySeed('002').id}/`);
      expect(await dated.page.locator('li.source').innerText()).toMatch(/البوابة نيوز، نُشر في 7 يناير 2025/);
      for (const event of site().events) {
        const html = await (await fetch(`${site().origin}/events/${event.id}/`)).text();
        expect(html, event.id).not.toContain('ملف الخبر الخام');
        for (const seed of Array.isArray(event.seed) ? event.seed : [event.seed]) expect(html, event.id).not.toContain(seed);
      }
    });

    test('the cite block gives the permalink and today as access date; BibTeX and CSL-JSON files download', async () => {
      const event = site().eventBySeed('002');
      const { page, errors } = await site().open(`/events/${event.id}/`);
      const cite = page.locator('section.cite');
      const today = new Intl.DateTimeFormat('ar-u-nu-latn', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
      expect(await cite.innerText()).toContain(`${TEST_SITE_URL}/events/${event.id}/ (تاريخ الاطلاع: ${today})`);
      const bib = await (await fetch(new URL(await cite.locator('a', { hasText: 'BibTeX' }).getAttribute('href') ?? '', page.url()))).text();
      expect(bib).toContain(`@online{${event.id},`);
      expect(bib).toContain(`url = {${TEST_SITE_URL}/events/${event.id}/},`);
      const csl = await (await fetch(new URL(await cite.locator('a', { hasText: 'CSL-JSON' }).getAttribute('href') ?? '', page.url()))).json();
      expect(csl).toMatchObject([{ id: event.id, type: 'webpage', URL: `${TEST_SITE_URL}/events/${event.id}/`, 'event-date': { 'date-parts': [[2025, 1, 7]] } }]);
      expect(errors).toEqual([]);
    });

    test('share links open in a new tab, and X, WhatsApp and Telegram carry the title', async () => {
      const event = site().eventBySeed('004');
      const { page } = await site().open(`/events/${event.id}/`);
      const title = await page.locator('h1').innerText();
      const links = await page.locator('.share a').evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, target: a.getAttribute('target'), rel: a.getAttribute('rel') })));
      const permalink = `${TEST_SITE_URL}/events/${event.id}/`;
      const find = (host: string) => links.find((l) => l.href.includes(host))!;
      for (const host of ['x.com', 'facebook.com', 'wa.me', 't.me']) expect(find(host), host).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' });
      expect(new URL(find('x.com').href).searchParams.get('text')).toBe(title);
      expect(new URL(find('t.me').href).searchParams.get('text')).toBe(title);
      expect(new URL(find('wa.me').href).searchParams.get('text')).toBe(`${title}\n${permalink}`);
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
