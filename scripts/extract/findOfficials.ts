import { OFFICIALS as gazetteer, TITLES as titleTable } from '../../src/data/index.ts';
import type { Official } from '../../src/schemas/event.ts';
import type { CountryOccurrence } from './findCountries.ts';
import { buildPhraseIndex, findPhrases, type PhraseMatch } from './phraseIndex.ts';
import { isFormer, personAtTitle, titleIndex } from './readPersonName.ts';
import { originalSpelling, type Sentence } from './sentences.ts';
import { arabicNameToSlug } from './transliterate.ts';

/** People who took part, and names found by title that the gazetteer does not know. */
export interface OfficialsFound {
  officials: Official[];
  unconfirmed: string[];
  /** Officials whose country the text did not tell. */
  withoutCountry: string[];
}

const counterpartTitles = new Set(titleTable.counterpartTitles);
const gazetteerById = new Map(gazetteer.map((official) => [official.id, official]));
const gazetteerIndex = buildPhraseIndex(gazetteer.flatMap((official) => [official.name, official.nameEn, ...official.aliases].map((alias) => [alias, official.id] as const)));

function spellingOf(sentence: Sentence, start: number, end: number, prefix = ''): string {
  const raw = originalSpelling(sentence, sentence.tokens[start]!.start, sentence.tokens[end - 1]!.end);
  return prefix && !prefix.startsWith('لل') ? raw.slice(prefix.length) : raw;
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
    let lastRole = '';
    for (const match of gazetteerMatches) lastRole ||= gazetteerById.get(match.value)!.role;
    for (const title of findPhrases(titleIndex, sentence.tokens)) {
      // "نظيره الفلبيني X" has the role of the person met before: "وزير الخارجية … نظيره" is a foreign minister
      const role = counterpartTitles.has(title.value) ? lastRole : title.value;
      if (!counterpartTitles.has(title.value)) lastRole = title.value;
      const span = personAtTitle(sentence, title, blocked, gazetteerMatches);
      if (!span) continue;
      const [start, end] = span;
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

/** The officials who can have taken part in a meeting of `parties`: a person of a country merely mentioned (a third country's minister quoted in the body) did not. */
export function officialsOfParties(officials: Official[], parties: string[]): Official[] {
  return officials.filter((official) => !official.country || parties.includes(official.country));
}
