import { COUNTRY_DATA as countryData } from '../data/index.ts';
import { memoised } from './memoised.ts';

const overrides = countryData.countries;
const excluded = new Set(countryData.excludedRegionCodes);
const arabicNames = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
const englishNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** Terms that name a country but are everyday words too (مالي = financial); extraction must not match them alone. */
export const AMBIGUOUS_COUNTRY_TERMS: readonly string[] = countryData.ambiguousTerms;

function listRegionCodes(): string[] {
  const codes: string[] = [];
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      if (!excluded.has(code) && englishNames.of(code) !== undefined) codes.push(code);
    }
  }
  return codes;
}

/** Every ISO 3166-1 alpha-2 region Intl knows (deprecated and pseudo codes left out), sorted. */
export const ALL_COUNTRY_CODES: readonly string[] = listRegionCodes();

const knownCodes = new Set(ALL_COUNTRY_CODES);

// Names already asked for: Intl.DisplayNames#of took 1.6% of a 10,000-event site's build, asked for every chip of every page.
const arabicNameOf = new Map<string, string>();
/** More than every code a page may be asked for (region codes and mistyped ones). */
const NAME_MEMO_MAX = 1_000;

/** The country's Arabic name, or '' for a code that is not a country. */
export function countryToArabicName(code: string): string {
  const upper = code.toUpperCase();
  return memoised(arabicNameOf, NAME_MEMO_MAX, upper, () => (knownCodes.has(upper) ? (overrides[upper]?.name ?? arabicNames.of(upper) ?? '') : ''));
}

/** The country's English name, or '' for a code that is not a country. */
export function countryToEnglishName(code: string): string {
  const upper = code.toUpperCase();
  if (!knownCodes.has(upper)) return '';
  return englishNames.of(upper) ?? '';
}

/** The Arabic name and every other Arabic name of the country (no nisbas). */
export function countryToArabicAliases(code: string): string[] {
  const name = countryToArabicName(code);
  if (!name) return [];
  const intlName = arabicNames.of(code.toUpperCase()) ?? name;
  return unique([name, intlName, ...(overrides[code.toUpperCase()]?.aliases ?? [])]);
}

/** The masculine nisba stem a one-word Arabic name gives by rule (الهند → هندي; زيمبابوي → زيمبابوي: «الزيمبابوي»), or undefined. */
export function arabicNameToNisbaStem(name: string): string | undefined {
  if (/[\s()-]/.test(name)) return undefined;
  const base = name.startsWith('ال') ? name.slice(2) : name;
  if (base.length < 2) return undefined;
  // a name ending in ي is its own nisba («الوفد الزيمبابوي», «الرئيس البوروندي», «نظيره الهايتي»), unless the name is an
  // everyday word too (مالي, financial: «المالية» would name Mali)
  if (base.endsWith('ي')) return AMBIGUOUS_COUNTRY_TERMS.includes(base) ? undefined : base;
  if (base.endsWith('ية') || base.endsWith('يا')) return base.slice(0, -1);
  if (base.endsWith('ا') || base.endsWith('ة') || base.endsWith('ى')) return `${base.slice(0, -1)}ي`;
  return `${base}ي`;
}

const nisbaSuffixes = ['', 'ة', 'ون', 'ين', 'ات', 'ان', 'تان', 'تين'];

/** Every inflected form of one nisba stem (كوري جنوبي → الكورية الجنوبية …), with and without ال. */
export function nisbaStemToForms(stem: string): string[] {
  const words = stem.split(' ');
  const forms: string[] = [];
  for (const suffix of nisbaSuffixes) {
    const inflected = words.map((word) => (word.endsWith('ي') ? word + suffix : word));
    forms.push(inflected.join(' '));
    forms.push(inflected.map((word) => `ال${word}`).join(' '));
    if (inflected.length > 1) forms.push([`ال${inflected[0]}`, ...inflected.slice(1)].join(' '));
  }
  return forms;
}

/** All Arabic nisba forms of the country: masculine, feminine and plural, with and without ال. */
export function countryToNisbas(code: string): string[] {
  const upper = code.toUpperCase();
  const override = overrides[upper];
  if (!knownCodes.has(upper)) return [];
  const stems = [...(override?.nisbas ?? [])];
  if (!override?.noRuleNisba) {
    for (const name of countryToArabicAliases(upper)) {
      const stem = arabicNameToNisbaStem(name);
      if (stem) stems.push(stem);
    }
  }
  return unique([...stems.flatMap(nisbaStemToForms), ...(override?.forms ?? [])]);
}

/** Every term a reader may search the country by: Arabic names, nisbas, English name. */
export function countryToSearchTerms(code: string): string[] {
  const english = countryToEnglishName(code);
  return unique([...countryToArabicAliases(code), ...countryToNisbas(code), ...(english ? [english] : [])]);
}

function unique(items: string[]): string[] {
  return [...new Set(items.filter((item) => item.length > 0))];
}
