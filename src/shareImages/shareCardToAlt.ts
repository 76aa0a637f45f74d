import type { ShareCard } from './shareCard.ts';

/** The text alternative of a share image (og:image:alt): what it shows, in the order it shows it. */
export function shareCardToAlt(card: Omit<ShareCard, 'host'>): string {
  return [card.title, card.eyebrow, ...card.lines.map((line) => line.text), card.site].filter(Boolean).join('، ');
}
