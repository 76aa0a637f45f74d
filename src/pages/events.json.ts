import type { APIContext } from 'astro';
import { getEventsNewestFirst } from '../utils/events.ts';

/** Every event's frontmatter with its id and permalink, oldest first, for researchers and tools. */
export async function GET(context: APIContext) {
  const events = [...(await getEventsNewestFirst())].reverse();
  const site = context.site ?? new URL('http://localhost:4321');
  const body = events.map((event) => ({ id: event.id, permalink: new URL(`/events/${event.id}/`, site).href, ...event.data }));
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
