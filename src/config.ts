/** The site's one configuration object: its names, language, licence and the country whose diplomacy it follows. */
export const SITE = {
  /** The site's name, shown in the header, titles, feeds and share images. */
  title: 'دبلوماسية اليابان الثنائية',
  /** The site's name in English (exports, citations). */
  titleEn: "Japan's bilateral diplomacy: a timeline",
  /** What the site is, for meta descriptions and feeds. */
  description: 'خط زمني لدبلوماسية اليابان الثنائية: الزيارات، وحوارات 2+2، ومجموعات العمل، والاجتماعات الوزارية، والقمم، والاتصالات.',
  /** The page language and direction, set once in the base layout. */
  lang: 'ar',
  dir: 'rtl',
  /** Open Graph locale. */
  ogLocale: 'ar_AR',
  /** The licence of the event data and texts written for the site. */
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;

/** The country whose bilateral diplomacy the site follows: a party to every event. */
export const HOME_COUNTRY = 'JP';

/**
 * Years per part of the search index: Pagefind indexes each part (2020-2024, …) on its own, again only when one of its
 * event pages changed, and the build merges the parts into the one index readers load (scripts/search-index.ts). Five
 * years keep a one-seed rebuild to a part of under 2,000 pages at 10,000 events (about 9,000 at 50,000), and
 * Pagefind's memory to a part's; ten years took 8% longer for an edit of 2024 at 10,000 events.
 */
export const SEARCH_PART_YEARS = 5;

/**
 * The Pagefind filter that places an event page in the archive's order: its value is `<date> <id>`, the timeline's
 * order. The search step's merge reads it to name each page's fragment by that order (scripts/search/
 * mergePagefindIndexes.ts) and leaves it out of the index readers load, so that the search page can sort results by
 * date from their names alone: Pagefind 1.6's own date sort costs each result a pass over every page.
 */
export const SEARCH_ORDER_FILTER = 'order';
