import type { APIContext } from 'astro';
import { SITE } from '../config.ts';
import { getEventsNewestFirst } from '../utils/events.ts';
import { eventsToFeed } from '../utils/eventsToFeed.ts';

export async function GET(context: APIContext) {
  return eventsToFeed({ title: SITE.title, description: SITE.description, site: context.site!, newestFirst: await getEventsNewestFirst() });
}
