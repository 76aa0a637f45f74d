import type { APIContext, GetStaticPaths } from 'astro';
import { HOME_COUNTRY, SITE } from '../../../config.ts';
import { countryToLabel } from '../../../utils/countries.ts';
import { getEventsNewestFirst } from '../../../utils/events.ts';
import { eventsToFeed, FEED_SIZE, type FeedEvent } from '../../../utils/eventsToFeed.ts';
import { feedCacheKey } from '../../../utils/feedCacheKey.ts';
import { eventsToCountryHubs } from '../../../utils/hubs.ts';
import { countryToUrlSlug } from '../../../utils/slugs.ts';
import { getIntroductions } from '../../../utils/getIntroductions.ts';

type Props = {
  title: string;
  description: string;
  events: FeedEvent[];
};

// A feed per country: the meetings where it was a party, newest first.
export const getStaticPaths = (async () => {
  const hubs = eventsToCountryHubs(await getEventsNewestFirst());
  // As for the country pages: a country an editor introduced before its first event has its (empty) feed too.
  for (const code of (await getIntroductions('countries')).keys()) if (!hubs.some((hub) => hub.code === code)) hubs.push({ code, asParty: [], mentionedIn: [] });
  return hubs.map((hub) => {
    const name = countryToLabel(hub.code);
    const props: Props = { title: `${countryToLabel(HOME_COUNTRY)} و${name} — ${SITE.title}`, description: `لقاءات اليابان مع ${name}.`, events: hub.asParty.slice(0, FEED_SIZE) };
    return { params: { code: countryToUrlSlug(hub.code) }, props, cacheKey: feedCacheKey(props.title, props.description, props.events) };
  });
}) satisfies GetStaticPaths;

export function GET({ props, site }: APIContext<Props>) {
  return eventsToFeed({ title: props.title, description: props.description, site: site!, newestFirst: props.events });
}
