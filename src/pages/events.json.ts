import type { APIContext } from 'astro';
import { SITE } from '../config.ts';
import { buildDate } from '../utils/buildDate.ts';
import { getEventsNewestFirst } from '../utils/events.ts';

/** Every event's frontmatter with its id and permalink, oldest first, with the data's licence and the build date. */
export async function GET(context: APIContext) {
  const events = [...(await getEventsNewestFirst())].reverse();
  const body = {
    title: SITE.title,
    titleEn: SITE.titleEn,
    site: new URL('/', context.site).href,
    licence: SITE.licence,
    generated: buildDate().toISOString(),
    count: events.length,
    events: events.map((event) => ({ id: event.id, permalink: new URL(`/events/${event.id}/`, context.site).href, ...event.data })),
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
