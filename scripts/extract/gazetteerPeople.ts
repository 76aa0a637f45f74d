import { withAbdSpellings } from '../../src/arabic/withAbdSpellings.ts';
import { withHamzaSeatSpellings } from '../../src/arabic/withHamzaSeatSpellings.ts';
import { normalizeArabic, normalizeForMatching } from '../../src/arabic/fold.ts';
import { isStopword } from '../../src/arabic/stopwords.ts';
import { HOME_COUNTRY } from '../../src/config.ts';
import { OFFICIALS as gazetteer, TITLES as titleTable, type GazetteerOfficial } from '../../src/data/index.ts';
import { GAZETTEER_GIVEN_NAMES, GAZETTEER_NAME_WORDS } from './gazetteerNameWords.ts';
import { JAPANESE_SHAPE_SURE, JAPANESE_SHAPE_VERY_SURE, japaneseNameProbability } from './japaneseNameShape.ts';
import { buildPhraseIndex } from './phraseIndex.ts';
import { DELEGATION_HEAD_ROLE } from './nameWords.ts';
import { levelRank, roleToLevel } from './roleToLevel.ts';
import type { Sentence } from './sentences.ts';

// The gazetteer's people as the officials stage reads them: their spellings, their offices on a day, and the checks
// that keep a family name from naming the wrong person.

const counterpartTitles = new Set(titleTable.counterpartTitles);
/** Military ranks as written before a name («الفريق»). */
const MILITARY_RANKS: ReadonlySet<string> = new Set(titleTable.militaryRanks);

export const gazetteerById = new Map(gazetteer.map((official) => [official.id, official]));

/**
 * Every spelling → the people it may name: one person, or, for a family name alone that several people share
 * («كويزومي», «Suzuki»), all of them (the event's day then tells which one is meant).
 */
export const gazetteerIndex = (() => {
  const ownersByKey = new Map<string, Set<string>>();
  const spellings: Array<[string, string]> = [];
  for (const official of gazetteer) {
    // («عبد الله» and «عبدالله» are one name, «يوئيتشي» and «يويتشي» too: each spelling is indexed both ways)
    for (const spelling of [official.name, official.nameEn, ...official.aliases].flatMap(withAbdSpellings).flatMap(withHamzaSeatSpellings)) {
      const key = normalizeForMatching(spelling);
      ownersByKey.set(key, (ownersByKey.get(key) ?? new Set()).add(official.id));
      spellings.push([spelling, key]);
    }
  }
  return buildPhraseIndex(spellings.map(([spelling, key]) => [spelling, [...ownersByKey.get(key)!]] as const));
})();

/** Whether a term of office covers a day (its last day included). */
function termCovers(term: { from: string; to?: string | undefined }, day: string): boolean {
  return term.from <= day && (term.to === undefined || day <= `${term.to}\uffff`);
}

/** The office a person held on a day: the term that covers it, else the gazetteer's role. */
export function roleOnDay(official: GazetteerOfficial, day: string | undefined): string {
  if (!day || !official.roles) return official.role;
  const terms = official.roles.filter((candidate) => termCovers(candidate, day));
  // of two offices held at once (Jordan's prime minister is its defence minister too), the higher; of equals, the later
  const term = terms.reduce<(typeof terms)[number] | undefined>((best, candidate) => (!best || levelRank(roleToLevel(candidate.role)) <= levelRank(roleToLevel(best.role)) ? candidate : best), undefined);
  return term?.role ?? official.role;
}

/**
 * The office on the event's day; on a day none of the gazetteer's terms covers (before the first: «وزيرة التجارة الدولية
 * البريطانية ليز تراس» in 2020, foreign secretary only from 2021), the office the text writes before the name, when it
 * writes one, rather than an office the person did not yet hold.
 */
export function roleOnDayAsWritten(official: GazetteerOfficial, day: string, written: string | undefined): string {
  if (inOfficeOn(official, day) || !written || written === DELEGATION_HEAD_ROLE || counterpartTitles.has(written)) return roleOnDay(official, day);
  // of titles of no level, a military rank only, and before any office listed («الفريق هون مانيت» in 2022); a form of
  // address or a title cut short («الدكتور», «رئيس») says less than the gazetteer's office
  if (roleToLevel(written) === undefined && !(MILITARY_RANKS.has(written) && official.roles!.every((term) => day < term.from))) return roleOnDay(official, day);
  return written;
}

/**
 * The office of a person in a story whose day is not known: the gazetteer's latest, unless the text's title tells an
 * office of another level («وزير الشؤون الخارجية فوميو كيشيدا», not the later prime minister); then the gazetteer's
 * term of that level, else the title as written.
 */
export function roleAsWritten(official: GazetteerOfficial, written: string | undefined): string {
  const latest = roleOnDay(official, undefined);
  const level = written && written !== DELEGATION_HEAD_ROLE && !counterpartTitles.has(written) ? roleToLevel(written) : undefined;
  // of several terms at that level, the longest (a full term, not a week as acting minister)
  const span = (term: { from: string; to?: string | undefined }) => Date.parse(term.to ?? '2100-01-01') - Date.parse(term.from);
  // (a term whose office opens with the title's own words first: «نائب وزير الخارجية الأول X» held «نائب وزير الخارجية
  // للشؤون السياسية», not his later post as ambassador, which is a deputy's level too)
  const head = written === undefined ? '' : normalizeForMatching(written).split(' ').slice(0, TITLE_HEAD_WORDS).join(' ');
  const sameOffice = level === undefined || head.split(' ').length < TITLE_HEAD_WORDS ? [] : (official.roles ?? []).filter((term) => normalizeForMatching(term.role).startsWith(head)).sort((a, b) => span(b) - span(a));
  if (sameOffice[0] && normalizeForMatching(latest).startsWith(head) === false) return sameOffice[0].role;
  if (level === undefined || level === roleToLevel(latest)) return latest;
  const terms = (official.roles ?? []).filter((term) => roleToLevel(term.role) === level).sort((a, b) => span(b) - span(a));
  return terms[0]?.role ?? written!;
}
/** How many first words of a written title name its office («نائب وزير الخارجية …»). */
const TITLE_HEAD_WORDS = 3;

/** The folded words of a gazetteer person's names. */
function nameWordsOf(official: GazetteerOfficial): Set<string> {
  let words = nameWordsByOfficial.get(official);
  if (words === undefined) nameWordsByOfficial.set(official, (words = new Set([official.name, ...official.aliases].flatMap((name) => normalizeForMatching(name).split(' ')))));
  return words;
}

/** Each gazetteer person's name words, read once per run (asked for every family name in every article). */
const nameWordsByOfficial = new WeakMap<GazetteerOfficial, Set<string>>();

/** Whether only spaces stand between two tokens: no comma, no hyphen, no other mark (one name runs on). */
function joinedBySpace(sentence: Sentence, left: number, right: number): boolean {
  return /^\s+$/.test(sentence.norm.slice(sentence.tokens[left]!.end, sentence.tokens[right]!.start));
}

/** Whether the word at `index` reads as a Japanese given name that is none of the person's own words. */
function otherJapaneseNameAt(sentence: Sentence, index: number, own: Set<string>, sureness = JAPANESE_SHAPE_SURE): boolean {
  const word = sentence.tokens[index]?.norm;
  return word !== undefined && !own.has(word) && !isStopword(word) && japaneseNameProbability(word) >= sureness;
}

/**
 * Whether a Japanese family name has, right before it and joined to it, a word that is surely another given name
 * («السفير الياباني لدى أفغانستان تاكاشي أوكادا»), with no title to vouch for it: another bearer of the name of a
 * person the article names in full elsewhere (Katsuya Okada, in background: pair-214, pair-265).
 */
export function surelyOtherGivenNameBefore(sentence: Sentence, at: number, official: GazetteerOfficial): boolean {
  return official.country === HOME_COUNTRY && at > 0 && joinedBySpace(sentence, at - 1, at) && otherJapaneseNameAt(sentence, at - 1, nameWordsOf(official), JAPANESE_SHAPE_VERY_SURE);
}

/**
 * Whether a single family name has a given name right beside it, joined to it, that is none of the person's own
 * words: «نائب كبير أمناء مجلس الوزراء أكيهيرو نيشيمورا» is not Yasutoshi Nishimura, «أوكادا ناوكي» not Katsuya Okada.
 */
export function otherGivenNameBeside(sentence: Sentence, at: number, official: GazetteerOfficial): boolean {
  const own = nameWordsOf(official);
  const joined = (left: number, right: number) => joinedBySpace(sentence, left, right);
  // an Arabic name puts the given name first: a known given name right before that is not this person's («السيد أحمد
  // عرنوس», not Hussein Arnous)
  if (official.country !== HOME_COUNTRY) return at > 0 && joined(at - 1, at) && !own.has(sentence.tokens[at - 1]!.norm) && GAZETTEER_GIVEN_NAMES.has(sentence.tokens[at - 1]!.norm);
  return (at > 0 && joined(at - 1, at) && otherJapaneseNameAt(sentence, at - 1, own)) || (at + 1 < sentence.tokens.length && joined(at, at + 1) && otherJapaneseNameAt(sentence, at + 1, own));
}

/**
 * Whether a Japanese family name follows, right after its title, a given name that is none of the person's: «السفير
 * ماساهارو كونو» is not Taro Kono, though the article names him in full elsewhere. (Only after a title: a verb before
 * the name may read like a Japanese word, «واستقبل آبي».) Or, in Japanese order, ends with one: «السفير كونو أكيرا،»
 * is not Taro Kono either, nor «ترأس الوفد الياباني هاياشي ماكوتو،» Yoshimasa Hayashi (pair-207, hale-06). (Only where
 * a comma or the sentence's end closes the name: a verb after it may read like a Japanese word, «فوكودا ربط توسيع».)
 */
export function otherGivenNameAfterTitle(sentence: Sentence, at: number, official: GazetteerOfficial, titleEnds: ReadonlySet<number>): boolean {
  if (official.country !== HOME_COUNTRY) return false;
  const own = nameWordsOf(official);
  const before = at > 0 && titleEnds.has(at - 1) && joinedBySpace(sentence, at - 1, at) && otherJapaneseNameAt(sentence, at - 1, own);
  const closesName = (end: number) => end >= sentence.tokens.length || !joinedBySpace(sentence, end - 1, end);
  return before || (at + 1 < sentence.tokens.length && joinedBySpace(sentence, at, at + 1) && closesName(at + 2) && otherJapaneseNameAt(sentence, at + 1, own));
}

/**
 * Whether an Arabic name's single word matched for a person («عباس») goes on with a family name that is none of theirs,
 * joined to it: a family name of the gazetteer («عباس عراقجي») or a word with the article that no list knows as a word
 * («الوزير الأول عباس الفاسي»). Then the word is the given name of someone else.
 */
export function familyNameAfter(sentence: Sentence, end: number, official: GazetteerOfficial, isWord: (norm: string) => boolean): boolean {
  const next = sentence.tokens[end]?.norm;
  if (next === undefined || official.country === HOME_COUNTRY || !joinedBySpace(sentence, end - 1, end)) return false;
  if (nameWordsOf(official).has(next)) return false;
  return GAZETTEER_NAME_WORDS.has(next) ? !isWord(next) : next.startsWith('ال') && next.length > 4 && !isWord(next);
}

/** An Arabic word of letters alone, folded: no figure, no Latin. */
const ARABIC_WORD = /^[\u0621-\u064A]+$/;

/**
 * Whether a name of two words or more matched for a person stands inside a longer name: joined on both sides by words
 * of no table and none of the person's, without the article («بنديتو دوس سانتوس فريتاس», Timor-Leste's foreign minister,
 * not Angola's José Eduardo dos Santos). Then it is someone else's.
 */
export function insideLongerName(sentence: Sentence, start: number, end: number, official: GazetteerOfficial, isWord: (norm: string) => boolean): boolean {
  const before = sentence.tokens[start - 1]?.norm;
  const after = sentence.tokens[end]?.norm;
  if (before === undefined || after === undefined || !joinedBySpace(sentence, start - 1, start) || !joinedBySpace(sentence, end - 1, end)) return false;
  // (only a family name matched, not one with the person's given name: «عبدالله بن زايد …», «روبرت غيتس»)
  const given = normalizeForMatching(official.name).split(' ')[0]!;
  if (sentence.tokens.slice(start, end).some((token) => token.norm.endsWith(given))) return false;
  const own = nameWordsOf(official);
  // (no word in ه, folded ة, or with a pronoun: «استهله عبد العاطي بتهنئة نظيره» holds no longer name)
  const otherNameWord = (word: string) => ARABIC_WORD.test(word) && !word.startsWith('ال') && !word.endsWith('ه') && !own.has(word) && !isWord(word);
  return otherNameWord(before) && otherNameWord(after);
}

/** Whether the gazetteer knows an office the person held on `day` (none without a day or terms): named a former office-holder, he came in that one («كبير الوزراء … ورئيس وزرائها السابق»). */
export function holdsOfficeOn(official: GazetteerOfficial, day: string | undefined): boolean {
  return day !== undefined && (official.roles ?? []).some((term) => termCovers(term, day));
}

/** Whether the gazetteer has the person dead before `day` (Abe at his own state funeral): named in that day's story, they took no part. */
export function diedBefore(official: GazetteerOfficial, day: string | undefined): boolean {
  return day !== undefined && official.died !== undefined && official.died < day;
}

/** Whether a person held any office listed for them on a day (people without terms count as in office). */
export function inOfficeOn(official: GazetteerOfficial, day: string | undefined): boolean {
  return !day || !official.roles?.length || holdsOfficeOn(official, day);
}

/** Every other spelling of a person once, by its folded form (إيوايا and ايوايا are one spelling). */
export function distinctAliases(name: string, spellings: readonly string[]): string[] {
  const seen = new Set([normalizeArabic(name).toLowerCase()]);
  const kept: string[] = [];
  for (const spelling of spellings) {
    const key = normalizeArabic(spelling).toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(spelling);
  }
  return kept;
}

/**
 * Whether `name` is one of `spellings` of two words or more with one or two more words between its first and last, or,
 * in a name of four words or more, with a second family name after its own («لويس ليوناردو ألماغرو ليميس» of «لويس
 * ألماغرو»: a Spanish or Portuguese mother's family name).
 */
export function withMiddleName(name: string, spellings: readonly string[]): boolean {
  const words = normalizeForMatching(name).split(' ');
  if (words.length < 3) return false;
  return spellings.some((spelling) => {
    const own = normalizeForMatching(spelling).split(' ');
    if (own.length < 2 || own.length >= words.length || words.length - own.length > 2 || own[0] !== words[0]) return false;
    const lastAt = own.at(-1) === words.at(-1) ? words.length - 1 : words.length >= SECOND_FAMILY_NAME_WORDS && own.at(-1) === words.at(-2) ? words.length - 2 : -1;
    return lastAt > 0 && own.slice(1, -1).every((word) => words.slice(1, lastAt).includes(word));
  });
}
/** How many words a name needs before its last may be a second family name. */
const SECOND_FAMILY_NAME_WORDS = 4;
