import rss from '@astrojs/rss';
import { SITE } from '../config.ts';
import { buildDate } from './buildDate.ts';

/** An event as a feed item needs it. */
interface FeedEvent {
  id: string;
  data: { title: string; summary: string; date: string };
}

/** The latest events only: the full record is /events.json and /events.csv. */
export const FEED_SIZE = 50;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS feed of the newest events, in Arabic, with the data's licence and the build date. */
export function eventsToFeed(options: { title: string; description: string; site: URL; newestFirst: readonly FeedEvent[] }): Promise<Response> {
  return rss({
    title: options.title,
    description: options.description,
    site: options.site,
    customData: [
      `<language>${SITE.lang}</language>`,
      `<copyright>${escapeXml(`${SITE.licence.name}: ${SITE.licence.url}`)}</copyright>`,
      `<lastBuildDate>${buildDate().toUTCString()}</lastBuildDate>`,
    ].join(''),
    items: options.newestFirst.slice(0, FEED_SIZE).map((event) => ({
      title: event.data.title,
      description: event.data.summary,
      pubDate: new Date(`${event.data.date}T00:00:00Z`),
      link: `/events/${event.id}/`,
    })),
  });
}
