import type { APIContext, GetStaticPaths } from 'astro';
import { HOME_COUNTRY, SITE } from '../../../config.ts';
import { countryToLabel } from '../../../utils/countries.ts';
import { getEventsNewestFirst, type EventEntry } from '../../../utils/events.ts';
import { eventsToFeed } from '../../../utils/eventsToFeed.ts';
import { eventsToCountryHubs } from '../../../utils/hubs.ts';
import { countryToUrlSlug } from '../../../utils/slugs.ts';
import { getIntroductions } from '../../../utils/getIntroductions.ts';

// A feed per country: the meetings where it was a party, newest first.
export const getStaticPaths = (async () => {
  const hubs = eventsToCountryHubs(await getEventsNewestFirst());
  // As for the country pages: a country an editor introduced before its first event has its (empty) feed too.
  for (const code of (await getIntroductions('countries')).keys()) if (!hubs.some((hub) => hub.code === code)) hubs.push({ code, asParty: [], mentionedIn: [] });
  return hubs.map((hub) => ({ params: { code: countryToUrlSlug(hub.code) }, props: { code: hub.code, events: hub.asParty } }));
}) satisfies GetStaticPaths;

export function GET({ props, site }: APIContext<{ code: string; events: EventEntry[] }>) {
  const name = countryToLabel(props.code);
  return eventsToFeed({ title: `${countryToLabel(HOME_COUNTRY)} و${name} — ${SITE.title}`, description: `لقاءات اليابان مع ${name}.`, site: site!, newestFirst: props.events });
}
