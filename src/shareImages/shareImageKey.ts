import { createHash } from 'node:crypto';
import type { ShareCard } from './shareCard.ts';

// The drawing code and the fonts are part of the key: a change of design or font redraws every image, nothing else does.
/** The content key of a share image: a hash of the card and of what draws it (code sources, font bytes, library versions). */
export function shareImageKey(card: ShareCard, drawing: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([card.eyebrow, card.title, card.lines, card.site, card.host]));
  for (const part of drawing) hash.update('\0').update(part);
  return hash.digest('hex').slice(0, 32);
}
