import { CITIES, COUNTRY_BLOCKERS } from '../../src/data/index.ts';
import { ALL_COUNTRY_CODES, AMBIGUOUS_COUNTRY_TERMS, countryToArabicAliases, countryToEnglishName, countryToNisbas } from '../../src/utils/countryNames.ts';
import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { buildPhraseIndex, findPhrases, type PhraseIndex } from './phraseIndex.ts';
import type { Sentence } from './sentences.ts';

export type CountryTermKind = 'name' | 'nisba' | 'capital';

/** One place a country is named: by name, by nisba adjective, or by its capital. */
export interface CountryOccurrence {
  code: string;
  kind: CountryTermKind;
  sentence: number;
  /** Token range [start, end) in the sentence. */
  start: number;
  end: number;
  /** The first token carried و (coordination: "الهند واليابان"). */
  conjoined: boolean;
}

type Term = { code: string; kind: CountryTermKind } | null;

const ambiguous = new Set(AMBIGUOUS_COUNTRY_TERMS.map(normalizeForMatching));

function* countryTerms(): Generator<readonly [string, Term]> {
  for (const phrase of COUNTRY_BLOCKERS) yield [phrase, null];
  for (const code of ALL_COUNTRY_CODES) {
    for (const name of countryToArabicAliases(code)) if (!ambiguous.has(normalizeForMatching(name))) yield [name.replace(/\s*\(.*\)\s*/g, ' ').trim(), { code, kind: 'name' }];
  }
  for (const code of ALL_COUNTRY_CODES) {
    for (const nisba of countryToNisbas(code)) if (!ambiguous.has(normalizeForMatching(nisba))) yield [nisba, { code, kind: 'nisba' }];
    const english = countryToEnglishName(code);
    if (english.length > 3) yield [english, { code, kind: 'name' }];
  }
  for (const city of CITIES) {
    if (!city.capital) continue;
    for (const name of [city.name, ...city.aliases]) yield [name, { code: city.country, kind: 'capital' }];
  }
}

// built once: every country of Intl, its aliases, nisbas and capital, keyed by first word
const countryIndex: PhraseIndex<Term> = buildPhraseIndex(countryTerms());

/** Every mention of a country in the sentences (names, nisbas, capitals; proclitics and spelling variants allowed). */
export function findCountries(sentences: Sentence[]): CountryOccurrence[] {
  const found: CountryOccurrence[] = [];
  for (const sentence of sentences) {
    for (const match of findPhrases(countryIndex, sentence.tokens)) {
      if (!match.value) continue;
      found.push({ ...match.value, sentence: sentence.index, start: match.start, end: match.end, conjoined: match.prefix.startsWith('و') });
    }
  }
  return found;
}
