import type { Official } from '../../src/schemas/event.ts';
import { gazetteerById, inOfficeOn } from './gazetteerPeople.ts';

/** How many people the gazetteer lists terms for a date must find out of office before it is doubted. */
const MIN_KNOWN = 2;

/**
 * Whether a day falls after the last listed term of every person the gazetteer knows among those who took part (at
 * least `MIN_KNOWN` of them): a date read off a banner with the day the page was viewed («05 فبراير 2026») for a story
 * of Koizumi and Karimov. Only after: the terms listed are the senior ones, and a person named before their first
 * («ماريا تيريزا لازارو» in 2013, foreign minister from 2025) held another office then.
 */
export function dayOutsideTerms(officials: readonly Pick<Official, 'id'>[], day: string): boolean {
  const known = officials.flatMap((official) => {
    const entry = gazetteerById.get(official.id);
    return entry?.roles?.length ? [entry] : [];
  });
  return known.length >= MIN_KNOWN && known.every((entry) => !inOfficeOn(entry, day) && entry.roles!.every((term) => term.to !== undefined && term.to < day));
}
