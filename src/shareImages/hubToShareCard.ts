import { SITE } from '../config.ts';
import { countToArabic, NOUNS } from '../utils/arabicCount.ts';
import type { ShareCard, ShareLine } from './shareCard.ts';

/** What a hub's share card says: its kind, its name, an optional line (an English name), and the days of its events. */
export interface HubCardInput {
  eyebrow: string;
  title: string;
  subtitle?: ShareLine;
  /** YYYY-MM-DD days of the hub's events, in any order. */
  dates: readonly string[];
  noun?: keyof typeof NOUNS;
}

/** The share card of a country, official or format page, or of the home page: how many events, over which years. */
export function hubToShareCard(hub: HubCardInput): Omit<ShareCard, 'host'> {
  const years = hub.dates.map((date) => date.slice(0, 4)).sort();
  const first = years[0];
  const last = years.at(-1);
  const span = first === undefined ? '' : first === last ? ` في ${first}` : ` من ${first} إلى ${last}`;
  const count: ShareLine = { text: `${countToArabic(hub.dates.length, NOUNS[hub.noun ?? 'meeting'])}${span}` };
  return { eyebrow: hub.eyebrow, title: hub.title, lines: hub.subtitle ? [hub.subtitle, count] : [count], site: SITE.title };
}
