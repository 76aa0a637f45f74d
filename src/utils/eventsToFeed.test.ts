import { describe, expect, test } from 'vitest';
import { eventsToFeed, FEED_SIZE } from './eventsToFeed.ts';

const event = (date: string) => ({ id: `${date}-in-summit`, data: { title: `لقاء ${date}`, summary: 'ملخص', date } });
const site = new URL('https://example.org');

describe('eventsToFeed', () => {
  test('the feed is dated by its newest event, not by the build, and lists the newest FEED_SIZE', async () => {
    const newestFirst = Array.from({ length: FEED_SIZE + 5 }, (_, i) => event(`2024-03-${String(28 - (i % 28)).padStart(2, '0')}`));
    const xml = await (await eventsToFeed({ title: 't', description: 'd', site, newestFirst })).text();
    expect(xml).toContain('<lastBuildDate>Thu, 28 Mar 2024 00:00:00 GMT</lastBuildDate>');
    expect(xml.match(/<item>/g)).toHaveLength(FEED_SIZE);
    expect(await (await eventsToFeed({ title: 't', description: 'd', site, newestFirst })).text()).toBe(xml);
  });

  test('a feed with no event has no date', async () => {
    const xml = await (await eventsToFeed({ title: 't', description: 'd', site, newestFirst: [] })).text();
    expect(xml).not.toContain('lastBuildDate');
    expect(xml).toContain('<copyright>CC BY 4.0');
  });
});
