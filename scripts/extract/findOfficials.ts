import officialTable from '../../src/data/officials.json' with { type: 'json' };
import type { Official } from '../../src/schemas/event.ts';
import { MONTHS, WEEKDAYS } from './arabicDateWords.ts';
import titleTable from './data/titles.json' with { type: 'json' };
import type { CountryOccurrence } from './findCountries.ts';
import { normalizeArabic } from './normalizeArabic.ts';
import { buildPhraseIndex, findPhrases, matchPhraseAt, withoutProclitics, type PhraseMatch } from './phraseIndex.ts';
import { originalSpelling, type Sentence } from './sentences.ts';
import { arabicNameToSlug } from './transliterate.ts';

/** A gazetteer entry of src/data/officials.json. */
export interface GazetteerOfficial {
  id: string;
  name: string;
  nameEn: string;
  aliases: string[];
  country: string;
  role: string;
}

/** People who took part, and names found by title that the gazetteer does not know. */
export interface OfficialsFound {
  officials: Official[];
  unconfirmed: string[];
  /** Officials whose country the text did not tell. */
  withoutCountry: string[];
}

const gazetteer = officialTable as GazetteerOfficial[];
const gazetteerById = new Map(gazetteer.map((official) => [official.id, official]));
const gazetteerIndex = buildPhraseIndex(gazetteer.flatMap((official) => [official.name, official.nameEn, ...official.aliases].map((alias) => [alias, official.id] as const)));
const titleIndex = buildPhraseIndex(titleTable.titles.map((title) => [title, title] as const));
const formerQualifiers = new Set(titleTable.formerQualifiers.map(normalizeArabic));
const stopwords = new Set(titleTable.nameStopwords.map(normalizeArabic));
const organisationWords = new Set(titleTable.organisationWords.map(normalizeArabic));
const dateWords = new Set([...MONTHS.keys(), ...WEEKDAYS.keys()]);
const nameLinks = new Set(['بن', 'بنت', 'ابن', 'عبد', 'ابو', 'ال', 'دي', 'فان', 'فون']);

/** The text between two tokens is only spaces (no comma, bracket or dash): they belong to one name. */
function joined(sentence: Sentence, left: number, right: number): boolean {
  return /^\s+$/.test(sentence.norm.slice(sentence.tokens[left]!.end, sentence.tokens[right]!.start));
}

function isNameWord(sentence: Sentence, at: number, first: boolean, blocked: Set<number>): boolean {
  const word = sentence.tokens[at]!.norm;
  if (blocked.has(at) || word.length < 2 && !nameLinks.has(word)) return false;
  if (/^\d/.test(word) || stopwords.has(word) || formerQualifiers.has(word)) return false;
  if (first && (word.startsWith('ال') || word.startsWith('و'))) return false;
  // "للأمانة"، "بالوزارة": a noun with the article behind a proclitic is never part of a name
  if (withoutProclitics(word).some((form) => form !== word && form.startsWith('ال'))) return false;
  // inside a name, ال follows a link word (عبد الله، أبو الغيط) or ends it (خليفة شاهين المرر، before punctuation or و)
  if (!first && word.startsWith('ال') && !nameLinks.has(sentence.tokens[at - 1]?.norm ?? '')) {
    const next = sentence.tokens[at + 1];
    const endsName = !next || !joined(sentence, at, at + 1) || next.norm.startsWith('و');
    if (!endsName || organisationWords.has(word) || dateWords.has(word)) return false;
  }
  // "وقال"، "وزار": a stopword behind و (names often start with ف، ب، ل: فيصل، بيني، لولا)
  if (word.startsWith('و') && stopwords.has(word.slice(1))) return false;
  return !matchPhraseAt(titleIndex, sentence.tokens, at);
}

/** Tokens [start, end) of a 2–5 word name read forwards from `at`. */
function nameAfter(sentence: Sentence, at: number, blocked: Set<number>): [number, number] | undefined {
  let end = at;
  while (end < sentence.tokens.length && end - at < 5 && isNameWord(sentence, end, end === at, blocked) && (end === at || joined(sentence, end - 1, end))) end++;
  return end - at >= 2 ? [at, end] : undefined;
}

/** Tokens [start, end) of a 2–4 word name read backwards from just before `at`. */
function nameBefore(sentence: Sentence, at: number, blocked: Set<number>): [number, number] | undefined {
  let start = at;
  while (start > 0 && at - start < 4 && isNameWord(sentence, start - 1, false, blocked) && (start === at || joined(sentence, start - 1, start))) start--;
  while (start < at && !isNameWord(sentence, start, true, blocked)) start++;
  return at - start >= 2 ? [start, at] : undefined;
}

function spellingOf(sentence: Sentence, start: number, end: number, prefix = ''): string {
  const raw = originalSpelling(sentence, sentence.tokens[start]!.start, sentence.tokens[end - 1]!.end);
  return prefix && !prefix.startsWith('لل') ? raw.slice(prefix.length) : raw;
}

function isFormer(sentence: Sentence, from: number, to: number): boolean {
  for (let at = Math.max(0, from); at < Math.min(to, sentence.tokens.length); at++) if (formerQualifiers.has(sentence.tokens[at]!.norm)) return true;
  return false;
}

function countryNear(sentence: Sentence, inSentence: CountryOccurrence[], titleStart: number, titleEnd: number, nameStart: number, nameEnd: number): string | undefined {
  // a nisba or name right after the title ("وزير الخارجية الياباني X", "وزير خارجية اليابان X")
  const afterTitle = inSentence.find((country) => country.start >= titleEnd && country.start <= titleEnd + 1 && country.end <= nameStart);
  if (afterTitle) return afterTitle.code;
  // apposition: "X، نائب وزير الشؤون الخارجية الياباني"
  const afterName = inSentence.find((country) => country.kind === 'nisba' && country.start >= nameEnd && country.start <= titleEnd + 3);
  if (afterName) return afterName.code;
  // "نظيره السعودي الأمير X"
  const beforeTitle = inSentence.find((country) => country.kind === 'nisba' && country.end === titleStart);
  if (beforeTitle) return beforeTitle.code;
  // the delegation the sentence is about: "ترأس الوفد الفيتنامي …"
  const delegation = inSentence.filter((country) => country.start < nameStart && country.start > 0 && /^(ال|و|ل)?(وفد|وفود)$/.test(sentence.tokens[country.start - 1]!.norm.replace(/^وال/, 'ال'))).pop();
  if (delegation) return delegation.code;
  return undefined;
}

/**
 * The first token after a title's complement: its nisba or country ("وزير خارجية اليابان"), ministry words
 * ("الأمين العام لوزارة الشؤون الخارجية"), "لدى طوكيو", and former-office qualifiers are passed over.
 */
function skipTitleComplement(sentence: Sentence, from: number, blocked: Set<number>, gazetteerMatches: PhraseMatch<string>[]): number {
  let at = from;
  const tokens = sentence.tokens;
  while (at < tokens.length && at - from < 8) {
    const word = tokens[at]!.norm;
    if (gazetteerMatches.some((match) => match.start === at)) break;
    if (blocked.has(at) || formerQualifiers.has(word) || organisationWords.has(word)) at++;
    else if (word === 'لدي' && at + 1 < tokens.length) at += 2;
    else break;
  }
  return at;
}

function isPartOfEvent(sentence: Sentence): boolean {
  return !sentence.background && !sentence.future;
}

/**
 * The people who took part: gazetteer people named in sentences about the event, and people introduced by a
 * title ("نائب وزير الخارجية X", "X، السفير …") — not people in background sentences or former office-holders.
 */
export function findOfficials(sentences: Sentence[], countries: CountryOccurrence[]): OfficialsFound {
  const known = new Map<string, { spellings: Set<string>; took: boolean }>();
  const found = new Map<string, Official>();
  const unconfirmed = new Set<string>();
  const withoutCountry: string[] = [];
  const countriesBySentence = new Map<number, CountryOccurrence[]>();
  for (const country of countries) {
    if (country.kind === 'capital') continue;
    const list = countriesBySentence.get(country.sentence);
    if (list) list.push(country);
    else countriesBySentence.set(country.sentence, [country]);
  }
  for (const sentence of sentences) {
    const inSentence = countriesBySentence.get(sentence.index) ?? [];
    const blocked = new Set<number>();
    const gazetteerMatches: PhraseMatch<string>[] = findPhrases(gazetteerIndex, sentence.tokens);
    for (const match of gazetteerMatches) {
      for (let at = match.start; at < match.end; at++) blocked.add(at);
      const entry = known.get(match.value) ?? { spellings: new Set<string>(), took: false };
      entry.spellings.add(spellingOf(sentence, match.start, match.end, match.prefix));
      if (isPartOfEvent(sentence) && !isFormer(sentence, match.start - 3, match.start) && !isFormer(sentence, match.end, match.end + 1)) entry.took = true;
      known.set(match.value, entry);
    }
    for (const country of inSentence) for (let at = country.start; at < country.end; at++) blocked.add(at);
    if (!isPartOfEvent(sentence)) continue;
    for (const title of findPhrases(titleIndex, sentence.tokens)) {
      const nameStart = skipTitleComplement(sentence, title.end, blocked, gazetteerMatches);
      let span = gazetteerMatches.some((m) => m.start === nameStart) ? undefined : nameAfter(sentence, nameStart, blocked);
      let role = title.value;
      let qualifiersFrom = title.end;
      if (!span && title.start > 0 && /[،,]\s*$/.test(sentence.norm.slice(Math.max(0, sentence.tokens[title.start]!.start - 4), sentence.tokens[title.start]!.start))) {
        span = nameBefore(sentence, title.start, blocked);
        qualifiersFrom = title.end;
        role = title.value;
      }
      if (!span) continue;
      const [start, end] = span;
      if (isFormer(sentence, qualifiersFrom, start) || isFormer(sentence, end, end + 1)) continue;
      const name = spellingOf(sentence, start, end);
      const id = arabicNameToSlug(name);
      if (!id || found.has(id)) continue;
      const country = countryNear(sentence, inSentence, title.start, title.end, start, end);
      if (!country) withoutCountry.push(id);
      found.set(id, { id, name, aliases: [], country: country ?? '', role });
      unconfirmed.add(name);
      for (let at = start; at < end; at++) blocked.add(at);
    }
  }
  const officials: Official[] = [];
  for (const [id, entry] of known) {
    if (!entry.took) continue;
    const official = gazetteerById.get(id)!;
    const aliases = [...new Set([...official.aliases, ...entry.spellings])].filter((alias) => alias !== official.name);
    officials.push({ id, name: official.name, aliases, country: official.country, role: official.role });
  }
  for (const official of found.values()) if (!known.has(official.id)) officials.push(official);
  return { officials, unconfirmed: [...unconfirmed].filter((name) => found.has(arabicNameToSlug(name)) && !known.has(arabicNameToSlug(name))), withoutCountry };
}
