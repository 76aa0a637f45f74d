import type { APIContext } from 'astro';
import { getEventsNewestFirst } from '../utils/events.ts';
import { eventsToCsv } from '../utils/eventsToCsv.ts';

/** Every event as a CSV row, oldest first; its licence, date and column descriptions are in events.csv-metadata.json (CSVW). */
export async function GET(context: APIContext) {
  const events = [...(await getEventsNewestFirst())].reverse();
  const csv = eventsToCsv(events.map((event) => ({ id: event.id, permalink: new URL(`/events/${event.id}/`, context.site).href, data: event.data })));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
