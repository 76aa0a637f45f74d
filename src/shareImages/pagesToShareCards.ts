import { HOME_COUNTRY, SITE } from '../config.ts';
import type { EventData } from '../schemas/event.ts';
import { countryToLabel } from '../utils/countries.ts';
import { countryToEnglishName } from '../utils/countryNames.ts';
import { formatToEntry, officialToGazetteerEntry } from '../utils/gazetteers.ts';
import { eventsToCountryHubs, eventsToFormatHubs, eventsToOfficialHubs } from '../utils/hubs.ts';
import { countryToUrlSlug, formatToUrlSlug } from '../utils/slugs.ts';
import { groupByYear } from '../utils/timeline.ts';
import { eventToShareCard } from './eventToShareCard.ts';
import { hubToShareCard } from './hubToShareCard.ts';
import type { ShareCard } from './shareCard.ts';
import { shareImagePath } from './shareImagePath.ts';

/** An event as the share cards need it. */
export interface CardEvent {
  id: string;
  data: Pick<EventData, 'title' | 'date' | 'datePrecision' | 'format' | 'formats' | 'parties' | 'mentions' | 'officials'>;
}

const datesOf = (events: readonly CardEvent[]) => events.map((event) => event.data.date);

/** What the site's and the years' cards say above their title. */
const TIMELINE_EYEBROW = 'خط زمني للزيارات والحوارات والقمم';

/** Every share image of the site by its address: one per event, country, official, format and year page, and the site's own. */
export function pagesToShareCards(events: readonly CardEvent[]): Map<string, Omit<ShareCard, 'host'>> {
  const cards = new Map<string, Omit<ShareCard, 'host'>>();
  cards.set(shareImagePath(), hubToShareCard({ eyebrow: TIMELINE_EYEBROW, title: SITE.title, dates: datesOf(events), noun: 'event' }));
  // a year's pages have their own card: the site's, which counts every event, would change them all with any event
  for (const [year, yearEvents] of groupByYear(events)) cards.set(shareImagePath('years', String(year)), hubToShareCard({ eyebrow: TIMELINE_EYEBROW, title: `أحداث عام ${year}`, dates: datesOf(yearEvents), noun: 'event' }));
  for (const event of events) cards.set(shareImagePath('events', event.id), eventToShareCard(event.data));
  for (const hub of eventsToCountryHubs(events)) {
    const english = countryToEnglishName(hub.code);
    cards.set(
      shareImagePath('countries', countryToUrlSlug(hub.code)),
      hubToShareCard({ eyebrow: 'لقاءات ثنائية', title: `${countryToLabel(HOME_COUNTRY)} و${countryToLabel(hub.code)}`, subtitle: english ? { text: english, dir: 'ltr' } : undefined, dates: datesOf(hub.asParty) }),
    );
  }
  for (const hub of eventsToOfficialHubs(events)) {
    const gazetteer = officialToGazetteerEntry(hub.id);
    const role = hub.roles[0] ?? gazetteer?.role ?? '';
    cards.set(
      shareImagePath('officials', hub.id),
      hubToShareCard({
        eyebrow: [role, countryToLabel(hub.official.country)].filter(Boolean).join(' · '),
        title: gazetteer?.name ?? hub.official.name,
        subtitle: gazetteer?.nameEn ? { text: gazetteer.nameEn, dir: 'ltr' } : undefined,
        dates: datesOf(hub.events),
      }),
    );
  }
  for (const [slug, formatEvents] of eventsToFormatHubs(events)) {
    const format = formatToEntry(slug);
    cards.set(shareImagePath('formats', formatToUrlSlug(slug)), hubToShareCard({ eyebrow: 'صيغة حوار', title: format.label, subtitle: { text: format.labelEn, dir: 'ltr' }, dates: datesOf(formatEvents), noun: 'event' }));
  }
  return cards;
}
