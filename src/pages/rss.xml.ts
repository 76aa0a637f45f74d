import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE } from '../config.ts';
import { getEventsNewestFirst } from '../utils/events.ts';

// The feed carries the latest events only; the full record is /events.json.
const FEED_SIZE = 50;

export async function GET(context: APIContext) {
  const events = (await getEventsNewestFirst()).slice(0, FEED_SIZE);
  return rss({
    title: SITE.title,
    description: SITE.description,
    site: context.site ?? 'http://localhost:4321',
    customData: `<language>${SITE.lang}</language>`,
    items: events.map((event) => ({
      title: event.data.title,
      description: event.data.summary,
      pubDate: new Date(`${event.data.date}T00:00:00Z`),
      link: `/events/${event.id}/`,
    })),
  });
}
