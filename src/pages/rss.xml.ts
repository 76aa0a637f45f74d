import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getEventsNewestFirst } from '../utils/events.ts';

// The feed carries the latest events only; the full record is /events.json.
const FEED_SIZE = 50;

export async function GET(context: APIContext) {
  const events = (await getEventsNewestFirst()).slice(0, FEED_SIZE);
  return rss({
    title: 'دبلوماسية اليابان الثنائية',
    description: 'خط زمني بالعربية للقاءات اليابان الثنائية.',
    site: context.site ?? 'http://localhost:4321',
    customData: '<language>ar</language>',
    items: events.map((event) => ({
      title: event.data.title,
      description: event.data.summary,
      pubDate: new Date(`${event.data.date}T00:00:00Z`),
      link: `/events/${event.id}/`,
    })),
  });
}
