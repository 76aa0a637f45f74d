import { byBytes } from './byBytes.ts';

// A key's rank within its day: two base-36 digits, so that keys of one day sort as their ranks do.
const RANK_DIGITS = 2;
const RANK_BASE = 36;
const ORDER_VALUE = /^(\d{4})-(\d{2})-(\d{2}) \S/;

/**
 * The name keys of event pages from their order values (`<date> <id>`, SEARCH_ORDER_FILTER): the date's eight digits,
 * then the page's rank among that day's pages in two base-36 digits (`2015-03-02 2015-03-02-in-summit` → `2015030200`).
 * Keys sort as the values do, and a page keeps its key when a page of another day comes or goes.
 */
export function orderValuesToKeys(values: readonly string[]): Map<string, string> {
  const keys = new Map<string, string>();
  let day = '';
  let rank = 0;
  for (const value of [...values].sort(byBytes)) {
    const date = ORDER_VALUE.exec(value);
    if (!date) throw new Error(`order value "${value}" is not "<YYYY-MM-DD> <id>"`);
    if (keys.has(value)) throw new Error(`order value "${value}" is given to two pages`);
    const valueDay = `${date[1]}${date[2]}${date[3]}`;
    rank = valueDay === day ? rank + 1 : 0;
    day = valueDay;
    if (rank >= RANK_BASE ** RANK_DIGITS) throw new Error(`more than ${RANK_BASE ** RANK_DIGITS} event pages on ${date.slice(1, 4).join('-')}`);
    keys.set(value, `${day}${rank.toString(RANK_BASE).padStart(RANK_DIGITS, '0')}`);
  }
  return keys;
}
