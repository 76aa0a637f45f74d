import type { EventEntry } from './events.ts';
import type { DatePrecision } from './dateToArabic.ts';

/** What an event page shows of the event before or after it: a link with its date and title. */
export interface EventNeighbour {
  id: string;
  title: string;
  date: string;
  datePrecision: DatePrecision;
}

/**
 * The neighbour link of `event`. A page's props are its cache key (src/utils/pageCacheKey.ts): with the whole entry,
 * an edit of the event's body or officials rendered both its neighbours' pages again; with the link, only a new title
 * or date does.
 */
export function eventToNeighbour(event: EventEntry): EventNeighbour {
  return { id: event.id, title: event.data.title, date: event.data.date, datePrecision: event.data.datePrecision };
}
