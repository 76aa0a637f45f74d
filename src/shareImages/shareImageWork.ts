import path from 'node:path';
import type { ShareCard } from './shareCard.ts';

/** What a build does for its share images: link those the cache has, draw each of the others once. */
export interface ShareImageWork {
  /** Cached images to link into dist: [cache file, dist file]. */
  linkNow: Array<[cached: string, target: string]>;
  /** Images the cache lacks, one per cache file, with every dist file that shows it. */
  toDraw: Array<{ cached: string; card: ShareCard; targets: string[] }>;
}

/**
 * Sorts a build's share cards (dist address → card) into images to link and images to draw. Two pages showing the same
 * card (two events of one day and partner) share one cache file, drawn once: drawn twice, the two files renamed over
 * each other while the first is being linked could leave no file to link.
 */
export function cardsToShareImageWork(cards: Iterable<[address: string, card: ShareCard]>, keyOf: (card: ShareCard) => string, cacheDir: string, dist: string, isCached: (file: string) => boolean): ShareImageWork {
  const linkNow: ShareImageWork['linkNow'] = [];
  const toDraw = new Map<string, { cached: string; card: ShareCard; targets: string[] }>();
  for (const [address, card] of cards) {
    const cached = path.join(cacheDir, `${keyOf(card)}.png`);
    const target = path.join(dist, address);
    const drawing = toDraw.get(cached);
    if (drawing) drawing.targets.push(target);
    else if (isCached(cached)) linkNow.push([cached, target]);
    else toDraw.set(cached, { cached, card, targets: [target] });
  }
  return { linkNow, toDraw: [...toDraw.values()] };
}
