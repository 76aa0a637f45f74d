import { normalizeForMatching, withAccusativeForm } from '../../src/arabic/fold.ts';
import { CITIES, COMMON_WORDS, EVENT_CUES, TITLES as titleTable } from '../../src/data/index.ts';
import { GAZETTEER_NAME_WORDS, GAZETTEER_NAMES_OPENING_WITH_AL } from './gazetteerNameWords.ts';
import { buildPhraseIndex, findPhrases, withoutProclitics, type PhraseMatch } from './phraseIndex.ts';
import { originalSpelling, type Sentence } from './sentences.ts';

// The words a person's name is read against — titles, forms of address, the words no name has (stop-words of names,
// bodies' words, common and cue words, cities) and the given names that look like them — and the token tests on them.

/** The feminine form of a title («وزير الخارجية» → «وزيرة الخارجية»): its first word takes ة. */
function feminineTitle(title: string): string | undefined {
  const [first, ...rest] = title.split(' ');
  if (!/^(ال)?(وزير|رئيس|سفير|نائب|مساعد|مبعوث|مستشار|أمين|مدير|وكيل|ممثل|كاتب)$/.test(first!)) return undefined;
  // the adjectives of a definite title agree with it («المبعوثة الخاصة»); a title in construct keeps its complement («وزيرة الخارجية»)
  const adjectives = first!.startsWith('ال') ? titleTable.feminineAdjectives : {};
  return [`${first}ة`, ...rest.map((word) => adjectives[word] ?? word)].join(' ');
}

/** «شؤون» behind «ل» or not, folded: its complement is in construct («لشؤون سياسة العلوم»). */
export const AFFAIRS = new Set(titleTable.affairsWords.map(normalizeForMatching));
/** The role of the head of a delegation («ترأس الوفد الهندي X»). */
export const DELEGATION_HEAD_ROLE = 'رئيس الوفد';
/** Forms of address before a name, folded («السيد», «الدكتور»): with an office written after the name, or standing for a title. */
export const HONORIFICS: ReadonlySet<string> = new Set(titleTable.honorifics.map(normalizeForMatching));
/** Forms of address that open a person («صاحب السمو», «فخامة», «جلالة», «حضرة»: eventCues.json coordinatedAddressWords), folded. */
export const ADDRESS_OPENERS: ReadonlySet<string> = new Set(EVENT_CUES.coordinatedAddressWords.map(normalizeForMatching));
/** «لدى», folded: after an office, the capital an envoy is posted to or the minister an office is attached to («الوزير المنتدب لدى وزير …»). */
export const ATTACHED_TO = 'لدي';

/** Offices as written, their feminines and the offices with a pronoun («ووزير خارجيتها»), folded, each with the role it names. */
export const titleIndex = buildPhraseIndex([
  ...titleTable.delegationHeads.map((phrase) => [phrase, DELEGATION_HEAD_ROLE] as const),
  ...[...titleTable.titles, ...titleTable.commandTitles].flatMap((title) => [[title, title] as const, ...(feminineTitle(title) ? [[feminineTitle(title)!, feminineTitle(title)!] as const] : [])]),
  // «نائب رئيس جمهورية سيشل ووزير خارجيتها X»: the office with the country's pronoun is the office
  ...Object.entries(titleTable.possessiveTitles),
]);
/** «عبد», folded: a title right after it, joined, is the second half of a name, not an office («عبد الملك», «عبد الأمير»). */
const SERVANT_OF = 'عبد';

/** Whether token `at` follows «عبد», joined: the second half of a name, whatever word it is («الملك», «الأمير»). */
export function followsServantOf(sentence: Sentence, at: number): boolean {
  return at > 0 && sentence.tokens[at - 1]!.norm === SERVANT_OF && joined(sentence, at - 1, at);
}

/**
 * The offices written in a sentence (titleIndex), each with the role it names; not the title word of a name in «عبد»:
 * «رئيس الوزراء اليمني معين عبد الملك سعيد» (zapote-03), «محافظ البصرة أسعد عبد الأمير العيداني» (boxwood-03).
 */
export function titlesIn(sentence: Sentence): PhraseMatch<string>[] {
  return findPhrases(titleIndex, sentence.tokens).filter((title) => !(title.prefix === '' && followsServantOf(sentence, title.start)));
}

/** Commanders' offices (titles.json commandTitles): titles of a name, no side's level by the bare word. */
export const COMMAND_TITLES: ReadonlySet<string> = new Set(titleTable.commandTitles);
/** Words that end or refuse a name (titles.json nameStopwords), folded, with their accusative forms. */
export const nameStopwords = new Set(titleTable.nameStopwords.flatMap((word) => withAccusativeForm(normalizeForMatching(word))));
/** Office, body, state and address words of an office's complement (titles.json organisationWords), folded. */
export const organisationWords = new Set(titleTable.organisationWords.map(normalizeForMatching));
// dictionary words of diplomatic news: an unknown name is made of none of them ("جولة جديدة" is not a person)
const commonWords = new Set(COMMON_WORDS.flatMap((word) => withAccusativeForm(normalizeForMatching(word))));
/** A folded word without the conjunction و it may open with («وقال» → «قال»), or undefined; «وو» is Wu, no و behind و. */
export function afterConjunction(word: string): string | undefined {
  return word.startsWith('و') && word !== 'وو' ? word.slice(1) : undefined;
}

/** Whether a word is a common noun or adjective of the data list, with or without ال and proclitics. */
/** How many letters an accusative ending in ا needs to be read as a listed noun's («اتفاقا»), not a name's («خاما»). */
const ACCUSATIVE_MIN_LETTERS = 6;

export function isCommonWord(word: string): boolean {
  for (const form of withoutProclitics(word)) {
    if (commonWords.has(form) || (form.startsWith('ال') && commonWords.has(form.slice(2)))) return true;
    // (the accusative of a listed noun, written without its tanween or folded: «اتفاقا», «اتفاقاً»; not a short name in ا
    // whose stem is a word, «خاما» of Ian Khama)
    if (form.length >= ACCUSATIVE_MIN_LETTERS && form.endsWith('ا') && !form.startsWith('ال') && commonWords.has(form.slice(0, -1))) return true;
  }
  return false;
}

/** Given names written with the article in the Maghreb, Libya and Sudan, folded («الحبيب بن يحيى»): their «ال» is the name's own. */
export const GIVEN_NAMES_WITH_ARTICLE: ReadonlySet<string> = new Set(titleTable.givenNamesWithArticle.map(normalizeForMatching));
/** Given names written with ta marbuta, folded («حمزة», «زكية»): name words, though a word in ة is otherwise a noun. */
export const GIVEN_NAMES_IN_TA_MARBUTA: ReadonlySet<string> = new Set(titleTable.givenNamesInTaMarbuta.map(normalizeForMatching));

/** Whether a token opens with the article (folded «ال»), not with a name's «إل»/«أل» («إلهام», «إلمار», «ألكسندر»). */
export function hasArticle(sentence: Sentence, at: number): boolean {
  const token = sentence.tokens[at]!;
  // (a hamza or madda says a name: «إلهام», «ألان», «آلان»; «آل» alone is a family's link word; a name the gazetteer
  // writes with its hamza is that name without it too: «الكسندر داونر» in an outlet that drops hamzas)
  return token.norm.startsWith('ال') && !/^(?:[إأ]ل|آل\S)/.test(originalSpelling(sentence, token.start, token.end)) && !GAZETTEER_NAMES_OPENING_WITH_AL.has(token.norm) && !GIVEN_NAMES_WITH_ARTICLE.has(token.norm);
}

/** The text between two tokens is only spaces or a hyphen inside a name («تشو تاي-يول»): they belong to one name. */
export function joined(sentence: Sentence, left: number, right: number): boolean {
  return /^(\s+|\s*-\s*)$/.test(sentence.norm.slice(sentence.tokens[left]!.end, sentence.tokens[right]!.start));
}

/** Every name and alias of the gazetteer's cities, folded: a place, never a person («بوينس آيرس» where a name stands). */
export const CITY_NAMES: ReadonlySet<string> = new Set(CITIES.flatMap((city) => [city.name, ...city.aliases]).map(normalizeForMatching));
/**
 * Whether token `at` opens a foreign given name in «بال…» (Palesa «باليسا», Baldwin «بالدوين»), not «ب» before a definite
 * noun: no city, body's word, common word or stop-word after the «ب», no «ة» written at its end («بالإنابة», «بالوكالة»:
 * acting), and right after it, joined, a word a name may have (not one the gazetteer knows, as «بالوكالة محمد علي» has).
 */
export function opensBalName(sentence: Sentence, at: number): boolean {
  const word = sentence.tokens[at]!.norm;
  const next = sentence.tokens[at + 1]?.norm;
  if (!word.startsWith('بال') || word.length < 5 || next === undefined) return false;
  const noun = word.slice(1);
  if (CITY_NAMES.has(noun) || organisationWords.has(noun) || isCommonWord(noun) || nameStopwords.has(noun) || isCueWord(noun)) return false;
  if (originalSpelling(sentence, sentence.tokens[at]!.start, sentence.tokens[at]!.end).endsWith('ة')) return false;
  return joined(sentence, at, at + 1) && !hasArticle(sentence, at + 1) && !knownNameWords.has(next) && !nameStopwords.has(next) && !isCommonWord(next) && !isCueWord(next);
}

/** The gazetteer's cities of one word, folded: behind «ب» or «ل» they are a place, never a name («بطوكيو»). */
export const CITY_WORDS: ReadonlySet<string> = new Set([...CITY_NAMES].filter((name) => !name.includes(' ')));

/** Stop-words that are also given names, folded («باسم»). */
export const GIVEN_NAMES_AMONG_STOPWORDS = new Set(titleTable.givenNamesAmongStopwords.map(normalizeForMatching));

/** Words of the gazetteer's names: a name of unknown people may open with one of them even behind a letter that is also a proclitic (بيني، لولا، كمال). */
export const knownNameWords = GAZETTEER_NAME_WORDS;
/** Whether the word at `at` is a body's word («الوكالة») or an adjective with the article after one («الوكالة الفدرالية»). */
export function isOrganisationOrItsWord(sentence: Sentence, at: number): boolean {
  for (let k = at; k >= 0 && at - k < 3; k--) {
    if (isOrganisationWord(sentence.tokens[k]!.norm)) return true;
    if (!hasArticle(sentence, k)) return false;
  }
  return false;
}

/** Whether a folded word is an office, body, state or address word of the complement, with or without proclitics («لمكتب», «والشؤون»). */
export function isOrganisationWord(word: string): boolean {
  return withoutProclitics(word).some((form) => organisationWords.has(form) || (form.startsWith('ال') && organisationWords.has(form.slice(2))));
}

/** Whether a folded word is a word of meetings, talks, attendance, quotes or absence. */
export function isCueWord(word: string): boolean {
  return cueWords.has(word);
}

/** Words of cue phrases that are given names too, folded («كريمة» of «بدعوة كريمة من»). */
const CUE_WORDS_THAT_ARE_NAMES: ReadonlySet<string> = new Set(titleTable.givenNamesAmongCueWords.map(normalizeForMatching));
/** Words of meetings, talks, attendance, quotes and absence: never part of a name («بحضور دولة», «الوزير السنغافوري استعرض حرس الشرف»). */
const cueWords = new Set([...EVENT_CUES.meetingWords, ...EVENT_CUES.talkVerbs, ...EVENT_CUES.attendanceWords, ...EVENT_CUES.quoteVerbs, ...EVENT_CUES.absenceFrames, ...EVENT_CUES.futureVerbs].flatMap((phrase) => normalizeForMatching(phrase).split(' ')).filter((word) => !CUE_WORDS_THAT_ARE_NAMES.has(word)));
