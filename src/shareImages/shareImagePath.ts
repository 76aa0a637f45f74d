/** The kinds of page that have a share image of their own; every other page uses the site's. */
export type ShareImageKind = 'events' | 'countries' | 'officials' | 'formats' | 'years';

/** The address of a page's share image, e.g. /og/events/2025-01-13-kr-official-visit.png, or /og/site.png for the site's. */
export function shareImagePath(kind?: ShareImageKind, slug?: string): string {
  return kind && slug ? `/og/${kind}/${slug}.png` : '/og/site.png';
}
