import { SEARCH_PART_YEARS } from '../config.ts';

/** The part of the search index that holds an event of `year`: spans of `span` years from a multiple of it, named by their first and last year ('2020-2029'). */
export function yearToSearchPart(year: number, span: number = SEARCH_PART_YEARS): string {
  const first = Math.floor(year / span) * span;
  return `${first}-${first + span - 1}`;
}
