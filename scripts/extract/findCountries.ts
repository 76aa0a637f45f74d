import { CITIES, COUNTRY_BLOCKERS, COUNTRY_DATA, NEWS_AGENCIES, OFFICIALS, PLACE_WORDS } from '../../src/data/index.ts';
import { ALL_COUNTRY_CODES, AMBIGUOUS_COUNTRY_TERMS, countryToArabicAliases, countryToEnglishName, countryToNisbas } from '../../src/utils/countryNames.ts';
import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { withEgyptianHardG } from '../../src/arabic/withEgyptianHardG.ts';
import { ambiguousNisbasAfterTitles } from './ambiguousNisbasAfterTitles.ts';
import { nisbasBesideHome } from './nisbasBesideHome.ts';
import { PLACE_ONLY_NAMES } from './placeOnlyNames.ts';
import { GAZETTEER_NAME_WORDS } from './gazetteerNameWords.ts';
import { PLACE_BEFORE_WORDS as PLACE_BEFORE } from './placeBeforeWords.ts';
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
  /** A nisba that qualifies a city of its country («في مدينة نيويورك الأمريكية», «في العاصمة الليتوانية فيلنيوس»): where, not who. */
  ofPlace?: boolean;
  /** Named by the kind of its state alone («السلطنة»), which another country of that kind may be (countries.json stateWords). */
  stateWord?: boolean;
}

/** A country term, or null for a phrase that blocks one; `also`: the other countries a joint term names («الكوريتين»). */
/** `seatOf`: for a capital that is the seat of a body, the body's names, folded (cities.json). */
type Term = { code: string; kind: CountryTermKind; also?: string[]; seatOf?: readonly string[]; stateWord?: boolean } | null;

const ambiguous = new Set(AMBIGUOUS_COUNTRY_TERMS.map(normalizeForMatching));

/** One-word country names and nisbas, folded, with their country. */
const countryWordCodes = (kind: 'name' | 'nisba') =>
  new Map(ALL_COUNTRY_CODES.flatMap((code) => (kind === 'name' ? countryToArabicAliases(code) : countryToNisbas(code)).map((term) => [normalizeForMatching(term), code] as const)));
const countryNameWords = countryWordCodes('name');
const nisbaWords = countryWordCodes('nisba');

/**
 * People of the gazetteer whose name opens with a country's («جورجيا ميلوني») or ends with a nisba («محمد شياع
 * السوداني», «إندا كيني»): their name is no mention of it.
 */
function* namesHoldingCountryWords(): Generator<string> {
  for (const official of OFFICIALS) {
    for (const spelling of [official.name, ...official.aliases]) {
      const words = normalizeForMatching(spelling).split(' ');
      if (words.length >= 2 && (countryNameWords.has(words[0]!) || nisbaWords.has(words.at(-1)!))) yield spelling;
    }
  }
}

/**
 * A family name that is a nisba («السوداني»), per country: the gazetteer people it may name alone, by the full
 * spellings of their names. In an article that names one of them in full and never names the country itself, the
 * nisba alone («ودعا السوداني») is the person.
 */
const familyNisbas = (() => {
  const byNisba = new Map<string, { code: string; fullNames: PhraseIndex<true> }>();
  for (const official of OFFICIALS) {
    const spellings = [official.name, ...official.aliases].map(normalizeForMatching);
    for (const alias of spellings) {
      const code = nisbaWords.get(alias);
      if (code === undefined || alias.includes(' ')) continue;
      const fullNames = spellings.filter((spelling) => spelling.includes(' ') && spelling.endsWith(` ${alias}`));
      if (fullNames.length) byNisba.set(alias, { code, fullNames: buildPhraseIndex(fullNames.map((name) => [name, true] as const)) });
    }
  }
  return byNisba;
})();

/** The nisbas that stand for a person of the gazetteer in these sentences (see familyNisbas). */
function nisbasNamingPeople(sentences: readonly Sentence[], found: readonly CountryOccurrence[]): Set<string> {
  const named = new Set(found.filter((occurrence) => occurrence.kind === 'name').map((occurrence) => occurrence.code));
  const people = new Set<string>();
  for (const [nisba, { code, fullNames }] of familyNisbas) {
    if (!named.has(code) && sentences.some((sentence) => findPhrases(fullNames, sentence.tokens).length > 0)) people.add(nisba);
  }
  return people;
}

/** Stems whose ج spelling is an everyday word (الجاني، الجينية). */
const hardGSpellingsNot = COUNTRY_DATA.hardGSpellingsNot.map(normalizeForMatching);

/** A name or nisba as the tables give it and, unless it then reads as an everyday word, as the Egyptian press writes it with ج (جواتيمالا، الكونجولي). */
function spellingsOf(term: string): string[] {
  const [given, egyptian] = withEgyptianHardG(term);
  const words = egyptian === undefined ? [] : normalizeForMatching(egyptian).split(' ').map((word) => word.replace(/^ال/, ''));
  return egyptian === undefined || words.some((word) => hardGSpellingsNot.some((stem) => word.startsWith(stem))) ? [given!] : [given!, egyptian];
}

/**
 * A city of the gazetteer spelled like another country's name or nisba («كوبي»: Kobe, and Cuban; «ساموي»), after a
 * noun that makes the next word a place's name («بمدينة كوبي», «جزيرة ساموي»; placeWords.json beforeUnknownPlace):
 * the city, never that country (its nisba would agree with the noun: «مدينة كوبية»).
 */
function* citiesSpelledAsCountries(): Generator<string> {
  for (const city of CITIES) {
    for (const name of [city.name, ...city.aliases]) {
      const folded = normalizeForMatching(name);
      const code = countryNameWords.get(folded) ?? nisbaWords.get(folded);
      if (code === undefined || code === city.country) continue;
      for (const noun of PLACE_WORDS.beforeUnknownPlace) yield `${noun} ${name}`;
    }
  }
}

function* countryTerms(): Generator<readonly [string, Term]> {
  for (const phrase of COUNTRY_BLOCKERS) yield [phrase, null];
  for (const phrase of citiesSpelledAsCountries()) yield [phrase, null];
  // a national agency's full name («وكالة الأنباء العراقية») names the agency that reports, not a country in the story
  for (const agency of NEWS_AGENCIES) for (const name of agency.names) if (name.includes(' ')) yield [name, null];
  for (const name of namesHoldingCountryWords()) yield [name, null];
  for (const code of ALL_COUNTRY_CODES) {
    for (const name of countryToArabicAliases(code).flatMap(spellingsOf)) if (!ambiguous.has(normalizeForMatching(name))) yield [name.replace(/\s*\(.*\)\s*/g, ' ').trim(), { code, kind: 'name' }];
  }
  for (const code of ALL_COUNTRY_CODES) {
    for (const nisba of countryToNisbas(code).flatMap(spellingsOf)) if (!ambiguous.has(normalizeForMatching(nisba))) yield [nisba, { code, kind: 'nisba' }];
    const english = countryToEnglishName(code);
    if (english.length > 3) yield [english, { code, kind: 'name' }];
  }
  for (const [term, [code, ...also]] of Object.entries(COUNTRY_DATA.jointTerms)) yield [term, { code: code!, kind: 'name', also }];
  for (const [code, data] of Object.entries(COUNTRY_DATA.countries)) for (const word of data.stateWords ?? []) yield [word, { code, kind: 'name', stateWord: true }];
  for (const city of CITIES) {
    if (!city.capital) continue;
    const seatOf = city.seatOf?.map(normalizeForMatching);
    for (const name of [city.name, ...city.aliases]) yield [name, { code: city.country, kind: 'capital', ...(seatOf ? { seatOf } : {}) }];
  }
}

// built once: every country of Intl, its aliases, nisbas and capital, keyed by first word
const countryIndex: PhraseIndex<Term> = buildPhraseIndex(countryTerms());

/** Places a dateline may open with: every city of the gazetteer and every country name. */
const placeIndex = buildPhraseIndex([...CITIES.flatMap((city) => [city.name, ...city.aliases]), ...ALL_COUNTRY_CODES.flatMap(countryToArabicAliases)].map((name) => [name, true] as const));
/** Every city of the gazetteer, with its country: a nisba right after one of its own country's cities tells where. */
const cityCountryIndex = buildPhraseIndex(CITIES.flatMap((city) => [city.name, ...city.aliases].map((name) => [name, city.country] as const)));
/** How many tokens before a nisba the city it qualifies may start («سان فرانسيسكو الأمريكية»). */
const CITY_REACH = 3;

/** Whether a city of `code` ends right before token `at`. */
function followsOwnCity(sentence: Sentence, at: number, code: string): boolean {
  const from = Math.max(0, at - CITY_REACH);
  return findPhrases(cityCountryIndex, sentence.tokens.slice(from, at)).some((city) => city.value === code && from + city.end === at);
}

/** Nouns of place a nisba may qualify before the city it names («العاصمة الليتوانية فيلنيوس», «مدينة أوساكا اليابانية»). */
const PLACE_NOUNS = new Set(PLACE_WORDS.cityNouns.map(normalizeForMatching).flatMap((noun) => [noun, `ال${noun}`, `بال${noun}`, `ب${noun}`, `في${noun}`]));

/**
 * Whether the nisba at [at, end) qualifies a noun of place: before a city of `code` («العاصمة الليتوانية فيلنيوس») or
 * alone, the capital it names («في مقر إقامته بالعاصمة الهندية،»); any other city after it is another place's.
 */
function namesOwnCityAfter(sentence: Sentence, at: number, end: number, code: string): boolean {
  if (!PLACE_NOUNS.has(sentence.tokens[at - 1]?.norm ?? '')) return false;
  const city = findPhrases(cityCountryIndex, sentence.tokens.slice(end, end + CITY_REACH))[0];
  return city === undefined || (city.start === 0 && city.value === code);
}

/** How many tokens a dateline may have before its dash («دبي، الإمارات العربية المتحدة (CNN) --»). */
const DATELINE_TOKENS = 8;

/**
 * How many tokens open a paragraph as its dateline («الجزائر - عقد …», «دبي، الإمارات العربية المتحدة (CNN)-- …»,
 * «طوكيو - 15 - 12 (كونا) --»): a place, then a dash within a few words; 0 when there is none. A dateline names where
 * the report was written, not a country of the story.
 */
function datelineTokens(sentence: Sentence): number {
  if (!sentence.firstInParagraph || sentence.paragraph < 0 || sentence.tokens.length === 0) return 0;
  const place = findPhrases(placeIndex, sentence.tokens.slice(0, 4))[0];
  if (!place || place.start !== 0) return 0;
  const isNumber = (at: number) => /^\d+$/.test(sentence.tokens[at]!.norm);
  for (let at = place.end; at < Math.min(sentence.tokens.length, DATELINE_TOKENS + 1); at++) {
    // (a dash inside a date, «طوكيو 8-9-2004 (سونا) -», is no dateline's end)
    if (isNumber(at - 1) && isNumber(at)) continue;
    // (nor the dash before KUNA's day and month, «طوكيو - 23 - 4 (كونا) --»: the agency after them is the dateline's)
    if (at + 1 < sentence.tokens.length && isNumber(at) && isNumber(at + 1)) continue;
    if (/[-–—]/.test(sentence.norm.slice(sentence.tokens[at - 1]!.end, sentence.tokens[at]!.start))) return at;
    // (or the agency between slashes that closes it, «أبوظبي في 25 أغسطس / وام / بحث …», «/أ ش أ/»)
    if ([1, 2, 3].some((words) => at - words >= place.end && isAgencyCredit(sentence, at - words, at))) return at;
  }
  return 0;
}

/** The lede's opening dateline as written into it («طوكيو (سونا) - التقى …» → «طوكيو (سونا»), folded; undefined without one. */
export function ledeDatelineOf(sentences: readonly Sentence[]): string | undefined {
  const lede = sentences.find((sentence) => sentence.paragraph >= 0);
  const tokens = lede ? datelineTokens(lede) : 0;
  return lede && tokens > 0 ? lede.norm.slice(0, lede.tokens[tokens - 1]!.end) : undefined;
}

/** A word between slashes («/العُمانية/», «/أ ش أ/»): the agency a wire story credits, not a country it names. */
function isAgencyCredit(sentence: Sentence, start: number, end: number): boolean {
  const before = sentence.norm.slice(Math.max(0, sentence.tokens[start]!.start - 2), sentence.tokens[start]!.start);
  const after = sentence.norm.slice(sentence.tokens[end - 1]!.end, sentence.tokens[end - 1]!.end + 2);
  return /\/\s*$/.test(before) && /^\s*\//.test(after);
}

/** «اللغة», «باللغتين», «اللغات», folded: the word a language's nisba follows. */
const LANGUAGE_WORD = /^(?:و?ب?|ف)?(?:ال)?لغ(?:ه|تين|تان|ات)$/;
/** How many languages a list names before the last. */
const LANGUAGES_LISTED = 4;

/** «بالإنجليزية», «باللغة العربية», «باللغتين اليابانية والفرنسية»: a feminine nisba that names a language, not a country. */
function isLanguage(sentence: Sentence, match: { value: Term; start: number; prefix: string }): boolean {
  if (match.value?.kind !== 'nisba' || !sentence.tokens[match.start]!.norm.endsWith('يه')) return false;
  const before = sentence.tokens[match.start - 1]?.norm ?? '';
  if (match.prefix === 'ب' || LANGUAGE_WORD.test(before)) return true;
  // (a later one of a list: «باللغتين اليابانية والفرنسية», «باللغات العربية والإنجليزية والفرنسية»)
  if (!match.prefix.startsWith('و')) return false;
  let at = match.start - 1;
  while (at > 0 && match.start - at <= LANGUAGES_LISTED && sentence.tokens[at]!.norm.endsWith('يه')) at--;
  return at < match.start - 1 && LANGUAGE_WORD.test(sentence.tokens[at]?.norm ?? '');
}

/** «بن», «بنت», folded: a word before one is a given name. */
const SON_OF = new Set(['بن', 'بنت', 'ابن']);

/** Every mention of a country in the sentences (names, nisbas, capitals; proclitics and spelling variants allowed), datelines left out. */
export function findCountries(sentences: Sentence[]): CountryOccurrence[] {
  const found: CountryOccurrence[] = [];
  // whether the article names a body a capital is the seat of, read once per body
  const seatsNamed = new Map<readonly string[], boolean>();
  const bodyNamed = (names: readonly string[]) => seatsNamed.get(names) ?? seatsNamed.set(names, sentences.some((sentence) => names.some((body) => sentence.norm.includes(body)))).get(names)!;
  for (const sentence of sentences) {
    const dateline = datelineTokens(sentence);
    for (const match of findPhrases(countryIndex, sentence.tokens)) {
      if (!match.value || match.end <= dateline || isLanguage(sentence, match) || isAgencyCredit(sentence, match.start, match.end)) continue;
      // «كلاوس يوهانيس» is Klaus, not «ك» + «لاوس»: a letter read as a proclitic may be a name's own
      if (match.prefix && GAZETTEER_NAME_WORDS.has(sentence.tokens[match.start]!.norm)) continue;
      // «الأمير تركي بن محمد»: a nisba without the article before «بن» is a given name (Turki), no Turk
      if (match.value.kind === 'nisba' && !sentence.tokens[match.start]!.norm.startsWith('ال') && SON_OF.has(sentence.tokens[match.end]?.norm ?? '')) continue;
      const ofPlace = match.value.kind === 'nisba' && (followsOwnCity(sentence, match.start, match.value.code) || namesOwnCityAfter(sentence, match.start, match.end, match.value.code));
      const { also = [], seatOf, ...term } = match.value;
      // «بين لندن وبروكسل» in an article about the European Union: the body seated there, not its country
      if (seatOf && bodyNamed(seatOf)) continue;
      for (const code of [term.code, ...also]) found.push({ ...term, code, sentence: sentence.index, start: match.start, end: match.end, conjoined: match.prefix.startsWith('و'), ...(ofPlace ? { ofPlace } : {}) });
    }
    const asPlaces = ambiguousNamesAsPlaces(sentence, found);
    const places = [...asPlaces, ...ambiguousNisbasAfterTitles(sentence).filter((occurrence) => !asPlaces.some((place) => place.start === occurrence.start)), ...nisbasBesideHome(sentence, found)];
    // in the order of the text
    if (places.length) found.splice(0, found.length, ...found.concat(places).sort((a, b) => a.sentence - b.sentence || a.start - b.start));
  }
  const people = nisbasNamingPeople(sentences, found);
  const withoutPeople = people.size === 0 ? found : found.filter((occurrence) => occurrence.kind !== 'nisba' || !people.has(sentenceWord(sentences, occurrence)));
  return withSharedNisbasResolved(withoutPeople);
}

/** The folded word of a one-word occurrence, without its proclitics («والسوداني» → «السوداني»). */
function sentenceWord(sentences: readonly Sentence[], occurrence: CountryOccurrence): string {
  const token = sentences.find((sentence) => sentence.index === occurrence.sentence)?.tokens[occurrence.start];
  if (!token || occurrence.end - occurrence.start !== 1) return '';
  return [...familyNisbas.keys()].find((nisba) => token.norm.endsWith(nisba)) ?? token.norm;
}

/** A part of a country before its name («شمال مالي»): only a place stands after it. */
const DIRECTIONS = new Set(PLACE_WORDS.directionsOfPlace.map(normalizeForMatching));


/**
 * The ambiguous names of a sentence that stand where only a place can: after a preposition («في مالي المجاورة») or
 * beside another country of a list («مالي وبوركينا فاسو», «النيجر ومالي»), or after a part of the country («شمال مالي»).
 * «دعم مالي» stays an adjective.
 */
function ambiguousNamesAsPlaces(sentence: Sentence, found: readonly CountryOccurrence[]): CountryOccurrence[] {
  const here = found.filter((occurrence) => occurrence.sentence === sentence.index);
  const places: CountryOccurrence[] = [];
  sentence.tokens.forEach((token, at) => {
    const conjoined = token.norm.startsWith('و') && PLACE_ONLY_NAMES.has(token.norm.slice(1));
    const code = PLACE_ONLY_NAMES.get(conjoined ? token.norm.slice(1) : token.norm);
    if (code === undefined) return;
    const before = sentence.tokens[at - 1]?.norm ?? '';
    const afterPreposition = !conjoined && (PLACE_BEFORE.has(before) || DIRECTIONS.has(before));
    const inList = (conjoined && here.some((occurrence) => occurrence.end === at)) || here.some((occurrence) => occurrence.start === at + 1 && occurrence.conjoined);
    if (afterPreposition || inList) places.push({ code, kind: 'name', sentence: sentence.index, start: at, end: at + 1, conjoined });
  });
  return places;
}

/** Country → the countries that share its nisbas (countries.json nisbasSharedWith). */
const nisbasSharedWith = new Map(Object.entries(COUNTRY_DATA.countries).flatMap(([code, data]) => (data.nisbasSharedWith ? [[code, data.nisbasSharedWith] as const] : [])));
/** Country → the countries whose state is of the kind its state words name (countries.json stateWordsSharedWith). */
const stateWordsSharedWith = new Map(Object.entries(COUNTRY_DATA.countries).flatMap(([code, data]) => (data.stateWordsSharedWith ? [[code, data.stateWordsSharedWith] as const] : [])));

/**
 * A nisba two countries share («نظيره الكونغولي») is the one of them the article names by name: an article about
 * «جمهورية الكونغو الديمقراطية» that never names the Republic of the Congo means the former. So is a word of the kind of
 * state two countries are («السلطنة»): in an article about Brunei that never names Oman, Brunei's sultanate.
 */
function withSharedNisbasResolved(found: CountryOccurrence[]): CountryOccurrence[] {
  const named = new Set(found.filter((occurrence) => occurrence.kind === 'name' && !occurrence.stateWord).map((occurrence) => occurrence.code));
  return found.map((occurrence) => {
    const shared = occurrence.stateWord ? stateWordsSharedWith : occurrence.kind === 'nisba' ? nisbasSharedWith : undefined;
    if (!shared || named.has(occurrence.code)) return occurrence;
    const others = (shared.get(occurrence.code) ?? []).filter((code) => named.has(code));
    return others.length === 1 ? { ...occurrence, code: others[0]! } : occurrence;
  });
}
