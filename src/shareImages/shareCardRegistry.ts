import type { ShareCard } from './shareCard.ts';

const KEY = Symbol.for('japan-diplomacy-timeline.share-cards');

// The pages are bundled apart from the integrations, but a static build renders them in the same process.
/** Leaves the build's share cards where the share-image integration finds them once every page is built. */
export function registerShareCards(cards: ReadonlyMap<string, Omit<ShareCard, 'host'>>): void {
  (globalThis as { [KEY]?: ReadonlyMap<string, Omit<ShareCard, 'host'>> })[KEY] = cards;
}

/** The share cards the pages of this build registered, if any. */
export function registeredShareCards(): ReadonlyMap<string, Omit<ShareCard, 'host'>> | undefined {
  return (globalThis as { [KEY]?: ReadonlyMap<string, Omit<ShareCard, 'host'>> })[KEY];
}
