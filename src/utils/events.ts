import { getCollection, type CollectionEntry } from 'astro:content';
import { sortNewestFirst } from './timeline.ts';

export type EventEntry = CollectionEntry<'events'>;

let cache: Promise<EventEntry[]> | undefined;

/** Every event, newest first; loaded once per build because every page needs it. */
export function getEventsNewestFirst(): Promise<EventEntry[]> {
  // `astro dev` reloads entries as editors save them, so only a build may keep the list.
  if (import.meta.env.DEV) return getCollection('events').then(sortNewestFirst);
  cache ??= getCollection('events').then(sortNewestFirst);
  return cache;
}

/** The sources of an event as a list, whether the frontmatter holds one or several. */
export function eventToSources(event: EventEntry): Array<{ outlet?: string; url?: string; publishedAt?: string }> {
  return Array.isArray(event.data.source) ? event.data.source : [event.data.source];
}

/** The seed file names of an event as a list. */
export function eventToSeeds(event: EventEntry): string[] {
  return Array.isArray(event.data.seed) ? event.data.seed : [event.data.seed];
}

/** Pages per hub or year timeline; beyond it the list is paginated. */
export const PAGE_SIZE = 100;
