import type { APIContext, GetStaticPaths } from 'astro';
import { SITE } from '../../../config.ts';
import { getEventsNewestFirst } from '../../../utils/events.ts';
import { eventsToFeed, FEED_SIZE, type FeedEvent } from '../../../utils/eventsToFeed.ts';
import { feedCacheKey } from '../../../utils/feedCacheKey.ts';
import { officialToGazetteerEntry } from '../../../utils/gazetteers.ts';
import { eventsToOfficialHubs } from '../../../utils/hubs.ts';

type Props = {
  title: string;
  description: string;
  events: FeedEvent[];
};

// A feed per official: the events they took part in, newest first.
export const getStaticPaths = (async () => {
  const hubs = eventsToOfficialHubs(await getEventsNewestFirst());
  return hubs.map((hub) => {
    const name = officialToGazetteerEntry(hub.id)?.name ?? hub.official.name;
    const props: Props = { title: `${name} — ${SITE.title}`, description: `لقاءات ${name}.`, events: hub.events.slice(0, FEED_SIZE) };
    return { params: { id: hub.id }, props, cacheKey: feedCacheKey(props.title, props.description, props.events) };
  });
}) satisfies GetStaticPaths;

export function GET({ props, site }: APIContext<Props>) {
  return eventsToFeed({ title: props.title, description: props.description, site: site!, newestFirst: props.events });
}
