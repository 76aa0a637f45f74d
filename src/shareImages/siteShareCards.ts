import { getEventsNewestFirst } from '../utils/events.ts';
import { pagesToShareCards } from './pagesToShareCards.ts';
import type { ShareCard } from './shareCard.ts';
import { registerShareCards } from './shareCardRegistry.ts';

let cache: Promise<Map<string, Omit<ShareCard, 'host'>>> | undefined;

/** The site's share cards by image address, built once per build; a build registers them for src/integrations/shareImages.ts. */
export function siteShareCards(): Promise<Map<string, Omit<ShareCard, 'host'>>> {
  if (import.meta.env.DEV) return getEventsNewestFirst().then(pagesToShareCards);
  cache ??= getEventsNewestFirst().then((events) => {
    const cards = pagesToShareCards(events);
    registerShareCards(cards);
    return cards;
  });
  return cache;
}
