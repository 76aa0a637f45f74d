import { MONTHS, WEEKDAYS } from './arabicDateWords.ts';
import { COMMON_WORDS, TITLES as titleTable } from '../../src/data/index.ts';
import { normalizeForMatching, withAccusativeForm } from '../../src/arabic/fold.ts';
import { buildPhraseIndex, matchPhraseAt, withoutProclitics, type PhraseMatch } from './phraseIndex.ts';
import type { Sentence } from './sentences.ts';

// Reading a person's name around a title ("نائب وزير الخارجية X", "X، السفير …") from a sentence's tokens.

export const titleIndex = buildPhraseIndex(titleTable.titles.map((title) => [title, title] as const));
const formerQualifiers = new Set(titleTable.formerQualifiers.map(normalizeForMatching));
const stopwords = new Set(titleTable.nameStopwords.flatMap((word) => withAccusativeForm(normalizeForMatching(word))));
const organisationWords = new Set(titleTable.organisationWords.map(normalizeForMatching));
// dictionary words of diplomatic news: an unknown name is made of none of them ("جولة جديدة" is not a person)
const commonWords = new Set(COMMON_WORDS.flatMap((word) => withAccusativeForm(normalizeForMatching(word))));
const dateWords = new Set([...MONTHS.keys(), ...WEEKDAYS.keys()]);
const nameLinks = new Set(['بن', 'بنت', 'ابن', 'عبد', 'ابو', 'ال', 'دي', 'فان', 'فون']);

/** Whether a word is a common noun or adjective of the data list, with or without ال and proclitics. */
export function isCommonWord(word: string): boolean {
  for (const form of withoutProclitics(word)) {
    if (commonWords.has(form) || (form.startsWith('ال') && commonWords.has(form.slice(2)))) return true;
  }
  return false;
}

/** The text between two tokens is only spaces (no comma, bracket or dash): they belong to one name. */
function joined(sentence: Sentence, left: number, right: number): boolean {
  return /^\s+$/.test(sentence.norm.slice(sentence.tokens[left]!.end, sentence.tokens[right]!.start));
}

function isNameWord(sentence: Sentence, at: number, first: boolean, blocked: Set<number>): boolean {
  const word = sentence.tokens[at]!.norm;
  if (blocked.has(at) || word.length < 2 && !nameLinks.has(word)) return false;
  if (/^\d/.test(word) || stopwords.has(word) || formerQualifiers.has(word)) return false;
  if (isCommonWord(word)) return false;
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
export function nameAfter(sentence: Sentence, at: number, blocked: Set<number>): [number, number] | undefined {
  let end = at;
  while (end < sentence.tokens.length && end - at < 5 && isNameWord(sentence, end, end === at, blocked) && (end === at || joined(sentence, end - 1, end))) end++;
  return end - at >= 2 ? [at, end] : undefined;
}

/** Tokens [start, end) of a 2–4 word name read backwards from just before `at`. */
export function nameBefore(sentence: Sentence, at: number, blocked: Set<number>): [number, number] | undefined {
  let start = at;
  while (start > 0 && at - start < 4 && isNameWord(sentence, start - 1, false, blocked) && (start === at || joined(sentence, start - 1, start))) start--;
  while (start < at && !isNameWord(sentence, start, true, blocked)) start++;
  return at - start >= 2 ? [start, at] : undefined;
}

/**
 * The first token after a title's complement: its nisba or country ("وزير خارجية اليابان"), ministry words
 * ("الأمين العام لوزارة الشؤون الخارجية"), "لدى طوكيو", and former-office qualifiers are passed over.
 */
export function skipTitleComplement(sentence: Sentence, from: number, blocked: Set<number>, gazetteerMatches: PhraseMatch<string>[]): number {
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

/** Whether a former-office word (الأسبق، السابق، الراحل) lies in tokens [from, to). */
export function isFormer(sentence: Sentence, from: number, to: number): boolean {
  for (let at = Math.max(0, from); at < Math.min(to, sentence.tokens.length); at++) if (formerQualifiers.has(sentence.tokens[at]!.norm)) return true;
  return false;
}

/**
 * The name a title introduces: read forwards after the title's complement, or, when the title follows a comma,
 * backwards (apposition). Undefined when there is none, or the person is a former office-holder.
 */
export function personAtTitle(sentence: Sentence, title: PhraseMatch<string>, blocked: Set<number>, gazetteerMatches: PhraseMatch<string>[]): [number, number] | undefined {
  const nameStart = skipTitleComplement(sentence, title.end, blocked, gazetteerMatches);
  if (gazetteerMatches.some((match) => match.start === nameStart)) return undefined;
  const forwards = nameAfter(sentence, nameStart, blocked);
  if (forwards) return isFormer(sentence, title.end, forwards[0]) || isFormer(sentence, forwards[1], forwards[1] + 1) ? undefined : forwards;
  const titleAt = sentence.tokens[title.start]!.start;
  if (title.start === 0 || !/[،,]\s*$/.test(sentence.norm.slice(Math.max(0, titleAt - 4), titleAt))) return undefined;
  const backwards = nameBefore(sentence, title.start, blocked);
  return backwards && !isFormer(sentence, title.end, title.end + 2) ? backwards : undefined;
}
