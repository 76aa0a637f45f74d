import rss from '@astrojs/rss';
import { SITE } from '../config.ts';

/** An event as a feed item needs it. */
export interface FeedEvent {
  id: string;
  data: { title: string; summary: string; date: string };
}

/** The latest events only: the full record is /events.json and /events.csv. */
export const FEED_SIZE = 50;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An RSS feed of the newest events, in Arabic, with the data's licence. Its `lastBuildDate` is the day of its newest
 * event, not the build's moment: a feed changes only when its items do, so an incremental build renders it again only
 * then (src/utils/feedCacheKey.ts), and two builds of the same events give the same feed.
 */
export function eventsToFeed(options: { title: string; description: string; site: URL; newestFirst: readonly FeedEvent[] }): Promise<Response> {
  const items = options.newestFirst.slice(0, FEED_SIZE);
  const newest = items[0];
  return rss({
    title: options.title,
    description: options.description,
    site: options.site,
    customData: [
      `<language>${SITE.lang}</language>`,
      `<copyright>${escapeXml(`${SITE.licence.name}: ${SITE.licence.url}`)}</copyright>`,
      ...(newest ? [`<lastBuildDate>${new Date(`${newest.data.date}T00:00:00Z`).toUTCString()}</lastBuildDate>`] : []),
    ].join(''),
    items: items.map((event) => ({
      title: event.data.title,
      description: event.data.summary,
      pubDate: new Date(`${event.data.date}T00:00:00Z`),
      link: `/events/${event.id}/`,
    })),
  });
}
