import { getEventsNewestFirst } from '../utils/events.ts';
import { pagesToShareCards } from './pagesToShareCards.ts';
import type { ShareCard } from './shareCard.ts';

let cache: Promise<Map<string, Omit<ShareCard, 'host'>>> | undefined;

/** The site's share cards by image address, built once per build (the image routes and every page's meta tags read them). */
export function siteShareCards(): Promise<Map<string, Omit<ShareCard, 'host'>>> {
  if (import.meta.env.DEV) return getEventsNewestFirst().then(pagesToShareCards);
  cache ??= getEventsNewestFirst().then(pagesToShareCards);
  return cache;
}
