import type { APIContext, GetStaticPaths } from 'astro';
import { SITE } from '../../../config.ts';
import { getEventsNewestFirst, type EventEntry } from '../../../utils/events.ts';
import { eventsToFeed } from '../../../utils/eventsToFeed.ts';
import { officialToGazetteerEntry } from '../../../utils/gazetteers.ts';
import { eventsToOfficialHubs } from '../../../utils/hubs.ts';

// A feed per official: the events they took part in, newest first.
export const getStaticPaths = (async () => {
  const hubs = eventsToOfficialHubs(await getEventsNewestFirst());
  return hubs.map((hub) => ({ params: { id: hub.id }, props: { name: officialToGazetteerEntry(hub.id)?.name ?? hub.official.name, events: hub.events } }));
}) satisfies GetStaticPaths;

export function GET({ props, site }: APIContext<{ name: string; events: EventEntry[] }>) {
  return eventsToFeed({ title: `${props.name} — ${SITE.title}`, description: `لقاءات ${props.name}.`, site: site!, newestFirst: props.events });
}
