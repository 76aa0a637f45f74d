import { HOME_COUNTRY, SITE } from '../config.ts';
import type { EventData } from '../schemas/event.ts';
import { countryToLabel } from '../utils/countries.ts';
import { dateToArabic, dateToHijri } from '../utils/dateToArabic.ts';
import { formatToEntry } from '../utils/gazetteers.ts';
import type { ShareCard } from './shareCard.ts';

/** The share card of an event: its format, title, Gregorian and Hijri date, and the parties (Japan first). */
export function eventToShareCard(data: Pick<EventData, 'title' | 'date' | 'datePrecision' | 'format' | 'parties'>): Omit<ShareCard, 'host'> {
  const parties = [...data.parties].sort((a, b) => Number(b === HOME_COUNTRY) - Number(a === HOME_COUNTRY));
  return {
    eyebrow: formatToEntry(data.format).label,
    title: data.title,
    lines: [{ text: `${dateToArabic(data.date, data.datePrecision)} · ${dateToHijri(data.date, data.datePrecision)}` }, { text: parties.map(countryToLabel).join(' · ') }],
    site: SITE.title,
  };
}
