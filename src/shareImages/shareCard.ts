/** Width and height of every share image, in pixels: the size Open Graph and X's large card expect. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** One line under the title; Latin-only lines (an English name) are laid out left to right. */
export interface ShareLine {
  text: string;
  dir?: 'rtl' | 'ltr';
}

/** Everything a share image shows, and nothing else: its cache key is made from this. */
export interface ShareCard {
  /** The small label above the title: the event's format, or what kind of page it is. */
  eyebrow: string;
  title: string;
  /** Up to two lines under the title: dates, parties, counts. */
  lines: ShareLine[];
  /** The site's name, drawn at the foot with its mark. */
  site: string;
  /** The public host, e.g. timeline.example.org, drawn at the other end of the foot. */
  host: string;
}
