import type { ShareCard } from './shareCard.ts';

// The site's name and the second line (parties, or a count) are left out: og:site_name and the page say them.
/** The text alternative of a share image (og:image:alt): its title, label and first line, in the order it shows them. */
export function shareCardToAlt(card: Omit<ShareCard, 'host'>): string {
  return [card.title, card.eyebrow, card.lines[0]?.text].filter(Boolean).join('، ');
}
