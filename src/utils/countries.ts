import { HOME_COUNTRY } from '../config.ts';
import { countryToArabicName, countryToSearchTerms } from './countryNames.ts';
import { countryToUrlSlug } from './slugs.ts';

/** The hub address of a country, or the home timeline for the home country (a party to every event). */
export function countryToHref(code: string): string {
  return code === HOME_COUNTRY ? '/' : `/countries/${countryToUrlSlug(code)}/`;
}

/** Arabic country name, falling back to the ISO code so an unknown code never breaks a page. */
export function countryToLabel(code: string): string {
  return countryToArabicName(code) || code;
}

const searchTermsCache = new Map<string, string[]>();

/** countryToSearchTerms, remembered per code: every event page of a build asks for the same few countries. */
export function countryToCachedSearchTerms(code: string): string[] {
  let terms = searchTermsCache.get(code);
  if (!terms) searchTermsCache.set(code, (terms = countryToSearchTerms(code)));
  return terms;
}
