import { LATIN_LETTER_NAMES } from '../../src/arabic/latinLetterNames.ts';
import { DAY_WORDS, MONTHS, WEEKDAYS } from './arabicDateWords.ts';
import { isStopword } from '../../src/arabic/stopwords.ts';
import { CITIES, COMMON_WORDS, EVENT_CUES, TITLES as titleTable } from '../../src/data/index.ts';
import { normalizeForMatching, withAccusativeForm } from '../../src/arabic/fold.ts';
import { GAZETTEER_NAME_WORDS, GAZETTEER_NAMES_OPENING_WITH_AL } from './gazetteerNameWords.ts';
import { buildPhraseIndex, matchPhraseAt, withoutProclitics, type PhraseMatch } from './phraseIndex.ts';
import { originalSpelling, type Sentence } from './sentences.ts';
import { ENVOY_QUALIFIERS, envoyBeside } from './envoyWords.ts';
import { isRelativePronoun } from './relativeClause.ts';
import { inBrackets, quotedShortNameEnd } from './bodyShortName.ts';
import { isFeminineTitle } from './isFeminineTitle.ts';
import { isFormer, isFormerWord } from './formerOffice.ts';
import { afterAttendanceWord } from './namesParticipants.ts';
import { hasPronounEnding, isWomansNameInH } from './pronounEndings.ts';
import { isReportVerb } from './isReportVerb.ts';

// Reading a person's name around a title ("نائب وزير الخارجية X", "X، السفير …") from a sentence's tokens.

/** The feminine form of a title («وزير الخارجية» → «وزيرة الخارجية»): its first word takes ة. */
function feminineTitle(title: string): string | undefined {
  const [first, ...rest] = title.split(' ');
  if (!/^(ال)?(وزير|رئيس|سفير|نائب|مساعد|مبعوث|مستشار|أمين|مدير|وكيل|ممثل|كاتب)$/.test(first!)) return undefined;
  // the adjectives of a definite title agree with it («المبعوثة الخاصة»); a title in construct keeps its complement («وزيرة الخارجية»)
  const adjectives = first!.startsWith('ال') ? titleTable.feminineAdjectives : {};
  return [`${first}ة`, ...rest.map((word) => adjectives[word] ?? word)].join(' ');
}

/** The role of the head of a delegation («ترأس الوفد الهندي X»). */
export const DELEGATION_HEAD_ROLE = 'رئيس الوفد';
/** Forms of address before a name, folded («السيد», «الدكتور»): with an office written after the name, or standing for a title. */
export const HONORIFICS: ReadonlySet<string> = new Set(titleTable.honorifics.map(normalizeForMatching));
/** «لدى», folded: after an office, the capital an envoy is posted to or the minister an office is attached to («الوزير المنتدب لدى وزير …»). */
export const ATTACHED_TO = 'لدي';

export const titleIndex = buildPhraseIndex([
  ...titleTable.delegationHeads.map((phrase) => [phrase, DELEGATION_HEAD_ROLE] as const),
  ...titleTable.titles.flatMap((title) => [[title, title] as const, ...(feminineTitle(title) ? [[feminineTitle(title)!, feminineTitle(title)!] as const] : [])]),
  // «نائب رئيس جمهورية سيشل ووزير خارجيتها X»: the office with the country's pronoun is the office
  ...Object.entries(titleTable.possessiveTitles),
]);
const stopwords = new Set(titleTable.nameStopwords.flatMap((word) => withAccusativeForm(normalizeForMatching(word))));
const organisationWords = new Set(titleTable.organisationWords.map(normalizeForMatching));
// dictionary words of diplomatic news: an unknown name is made of none of them ("جولة جديدة" is not a person)
const commonWords = new Set(COMMON_WORDS.flatMap((word) => withAccusativeForm(normalizeForMatching(word))));
const dateWords = new Set([...MONTHS.keys(), ...WEEKDAYS.keys()]);
const nameLinks = new Set(['بن', 'بنت', 'ابن', 'عبد', 'ابو', 'ال', 'دي', 'فان', 'فون']);
/** A folded word without the conjunction و it may open with («وقال» → «قال»), or undefined; «وو» is Wu, no و behind و. */
export function afterConjunction(word: string): string | undefined {
  return word.startsWith('و') && word !== 'وو' ? word.slice(1) : undefined;
}

/** The second word of a compound given name, after any first («كمال الدين», «نور الدين», «نصر الله»), folded. */
const COMPOUND_NAME_ENDS: ReadonlySet<string> = new Set(titleTable.compoundNameEnds.map(normalizeForMatching));

/** Whether a word is a common noun or adjective of the data list, with or without ال and proclitics. */
export function isCommonWord(word: string): boolean {
  for (const form of withoutProclitics(word)) {
    if (commonWords.has(form) || (form.startsWith('ال') && commonWords.has(form.slice(2)))) return true;
  }
  return false;
}

/** Given names written with the article in the Maghreb, Libya and Sudan, folded («الحبيب بن يحيى»): their «ال» is the name's own. */
export const GIVEN_NAMES_WITH_ARTICLE: ReadonlySet<string> = new Set(titleTable.givenNamesWithArticle.map(normalizeForMatching));
/** Given names written with ta marbuta, folded («حمزة», «زكية»): name words, though a word in ة is otherwise a noun. */
export const GIVEN_NAMES_IN_TA_MARBUTA: ReadonlySet<string> = new Set(titleTable.givenNamesInTaMarbuta.map(normalizeForMatching));

/** Whether a token opens with the article (folded «ال»), not with a name's «إل»/«أل» («إلهام», «إلمار», «ألكسندر»). */
function hasArticle(sentence: Sentence, at: number): boolean {
  const token = sentence.tokens[at]!;
  // (a hamza or madda says a name: «إلهام», «ألان», «آلان»; «آل» alone is a family's link word; a name the gazetteer
  // writes with its hamza is that name without it too: «الكسندر داونر» in an outlet that drops hamzas)
  return token.norm.startsWith('ال') && !/^(?:[إأ]ل|آل\S)/.test(originalSpelling(sentence, token.start, token.end)) && !GAZETTEER_NAMES_OPENING_WITH_AL.has(token.norm) && !GIVEN_NAMES_WITH_ARTICLE.has(token.norm);
}

/** How many letters a family name ending in «ه» needs to be read as one before punctuation («فرازنده»), not «ضيفه», «نظيره». */
const LONG_FAMILY_NAME_LETTERS = 6;

/**
 * Whether a folded word ending in «ه» after a given name can be a long foreign family name, if the name ends with it:
 * «ـته» is a noun's («زيارته», «نظيرته»), and no stop-word or common word is a name.
 */
export function isLongFamilyNameInH(word: string): boolean {
  return word.length >= LONG_FAMILY_NAME_LETTERS && !word.endsWith('ته') && !word.startsWith('و') && !isCommonWord(word) && !isStopword(word);
}

/** Whether the word at `at`, after a given name, is a long family name ending in «ه» right before punctuation or the sentence's end. */
function isLongFamilyNameBeforePunctuation(sentence: Sentence, at: number): boolean {
  const next = sentence.tokens[at + 1];
  return isLongFamilyNameInH(sentence.tokens[at]!.norm) && (!next || !joined(sentence, at, at + 1));
}

/** Whether a name ends before token `at`: at the sentence's end, punctuation or a relative pronoun (not «على» of «بالشكر على»; «فيكتور بالوغا الذي يزور …»). */
function endsNameAt(sentence: Sentence, at: number): boolean {
  const next = sentence.tokens[at];
  return !next || !joined(sentence, at - 1, at) || isRelativePronoun(next.norm);
}

/** Whether a folded word with the article may be a family name: no organisation's word («الوزارة»), month or weekday, stop-word or common word. */
function isFamilyWordWithArticle(word: string): boolean {
  // (nor a relative pronoun the stop-word list lacks: «… مونتيك سينغ أهلواليا اللذان وقعا …»)
  return !organisationWords.has(word) && !dateWords.has(word) && !stopwords.has(word) && !isCommonWord(word) && !isRelativePronoun(word);
}

/** The text between two tokens is only spaces or a hyphen inside a name («تشو تاي-يول»): they belong to one name. */
function joined(sentence: Sentence, left: number, right: number): boolean {
  return /^(\s+|\s*-\s*)$/.test(sentence.norm.slice(sentence.tokens[left]!.end, sentence.tokens[right]!.start));
}

/**
 * «علي» written with a final yeh is the name Ali; the preposition is «على», with alef maqsura. Folding writes both
 * «علي», so the written letter decides («الرئيس الطاجيكي إمام علي رحمان»).
 */
export function isWrittenAli(written: string): boolean {
  return written === 'علي' || written === 'وعلي';
}

/** Every name and alias of the gazetteer's cities, folded: a place, never a person («بوينس آيرس» where a name stands). */
export const CITY_NAMES: ReadonlySet<string> = new Set(CITIES.flatMap((city) => [city.name, ...city.aliases]).map(normalizeForMatching));
/**
 * Whether token `at` opens a foreign given name in «بال…» (Palesa «باليسا», Baldwin «بالدوين»), not «ب» before a definite
 * noun: no city, body's word, common word or stop-word after the «ب», no «ة» written at its end («بالإنابة», «بالوكالة»:
 * acting), and right after it, joined, a word a name may have (not one the gazetteer knows, as «بالوكالة محمد علي» has).
 */
function opensBalName(sentence: Sentence, at: number): boolean {
  const word = sentence.tokens[at]!.norm;
  const next = sentence.tokens[at + 1]?.norm;
  if (!word.startsWith('بال') || word.length < 5 || next === undefined) return false;
  const noun = word.slice(1);
  if (CITY_NAMES.has(noun) || organisationWords.has(noun) || isCommonWord(noun) || stopwords.has(noun) || isCueWord(noun)) return false;
  if (originalSpelling(sentence, sentence.tokens[at]!.start, sentence.tokens[at]!.end).endsWith('ة')) return false;
  return joined(sentence, at, at + 1) && !hasArticle(sentence, at + 1) && !knownNameWords.has(next) && !stopwords.has(next) && !isCommonWord(next) && !isCueWord(next);
}

/** The gazetteer's cities of one word, folded: behind «ب» or «ل» they are a place, never a name («بطوكيو»). */
const CITY_WORDS: ReadonlySet<string> = new Set([...CITY_NAMES].filter((name) => !name.includes(' ')));

function isNameWord(sentence: Sentence, at: number, first: boolean, blocked: Set<number>, womansTitle = false): boolean {
  const word = sentence.tokens[at]!.norm;
  if (blocked.has(at) || word.length < 2 && !nameLinks.has(word)) return false;
  const ali = word === 'علي' && isWrittenAli(originalSpelling(sentence, sentence.tokens[at]!.start, sentence.tokens[at]!.end));
  const givenName = first && opensGivenName(sentence, at);
  if (/^\d/.test(word) || (stopwords.has(word) && !ali && !givenName) || isFormerWord(word)) return false;
  if (isCommonWord(word)) return false;
  // «هيروتو إيزومي بمشاركة المستشار …»: a word of the talks or of attendance after a name ends it
  if (!first && isCueWord(word) && !knownNameWords.has(word)) return false;
  // «السكرتير الرئيسي لكبير مستشاري الحكومة»: a stop-word behind a preposition opens the office's complement, not a name
  if (first && /^[لبك]/.test(word) && word.length >= 5 && stopwords.has(word.slice(1)) && !knownNameWords.has(word)) return false;
  // «بمكتب رئيس الوزراء بطوكيو واستمر …»: a city behind a preposition is a place, no name, nor the end of one («لوكاش
  // كاوتسكي بطوكيو»)
  if (/^[بل]/.test(word) && CITY_WORDS.has(word.slice(1)) && !knownNameWords.has(word)) return false;
  // (and a city after «في»: «استقبل … في طوكيو لويس شفايتزر، الممثل الخاص …» names no «طوكيو لويس شفايتزر»)
  if (CITY_WORDS.has(word) && sentence.tokens[at - 1]?.norm === 'في' && !knownNameWords.has(word)) return false;
  // a name never opens with «بن» or the article: «[محمد بن سلمان] بن عبدالعزيز» goes on a name already read; «إلهام»,
  // «إلمار» fold to ال… but their hamza says they are names
  if (first && (word === 'بن' || word === 'بنت' || word === 'ابن')) return false;
  // «ترأسه أحمد قربانوف، نائب وزير الخارجية»: a word with a pronoun ending opens no name (isPlausibleName refuses it too)
  // and after a name it ends the name («دانيال أورتيغا ونائبته روزاريو موريو»), unless the gazetteer knows the word as a name
  // (a long foreign family name ending in «ه» where the name ends at punctuation is no noun with «his»: «محمود
  // فرازنده، فيما …», «ساشيكالا بريماواردهانه، الأمينة …»; «نظيره» is followed by its nisba)
  // (a woman's given name in «ـه» beside her office, «وزيرة الدولة … زوزانه باومان», «ماريانه هاغن»: «his» after a woman's
  // title would not agree with it)
  const written = originalSpelling(sentence, sentence.tokens[at]!.start, sentence.tokens[at]!.end);
  if ((first || !knownNameWords.has(word)) && !GIVEN_NAMES_WITH_ARTICLE.has(word) && hasPronounEnding(written, first) && (first || !isLongFamilyNameBeforePunctuation(sentence, at)) && !(womansTitle && isWomansNameInH(written))) return false;
  if (first && hasArticle(sentence, at)) return false;
  // «استمرت», «استغرقت», «استعرضت»: a verb of the sentence after the name
  if (!first && /^است\S{2,}ت$/.test(word)) return false;
  // «وقال»، «وأكد»: a verb or stop-word behind و; names may open with و (ويليام، وليد، وانغ)
  const behindAnd = afterConjunction(word);
  if (first && behindAnd !== undefined && (stopwords.has(behindAnd) || isCommonWord(behindAnd) || isCueWord(behindAnd) || isStopword(word))) return false;
  // «فرد سعيد بأنه …», «فأجاب …»: a reporting verb behind «ف» (so he replied), no name («فيصل», «فراس» open names)
  if (first && word.startsWith('ف') && isReportVerb(word) && !knownNameWords.has(word)) return false;
  // "للأمانة"، "بالوزارة": a noun with the article behind a proclitic is never part of a name
  // (but «كال…» after a name's first word is a foreign family name, «أيغارس كالفيتيس», «فيليبي كالديرون»: «ك» with a
  // definite noun, «like the …», follows no name)
  const foreignAfterGivenName = (opening: string) => !first && word.startsWith(opening) && !word.endsWith('ه') && !isCommonWord(word) && !stopwords.has(word);
  const foreignKal = foreignAfterGivenName('كال');
  // (nor is «بال…» after a name's first word where the name ends, before punctuation or a relative pronoun: «أرسينيو
  // باليساكان،», «فيكتور بالوغا الذي»; «بالرئيس المصري», «بالقاهرة،» are a definite noun and a city behind «ب»)
  const foreignBal = foreignAfterGivenName('بال') && !isCommonWord(word.slice(1)) && !CITY_NAMES.has(word.slice(1)) && endsNameAt(sentence, at + 1);
  // (nor «فال…» opening a name: Valery, Valdis, Falih — «فاليري مالاشكو», «فالديس دومبروفسكيس»; «ف» with a definite noun,
  // «so the …», opens a clause, not a person's name after a title)
  const foreignFal = word.startsWith('فال') && word.length >= 5 && !stopwords.has(word.slice(1)) && !isCommonWord(word.slice(1)) && !isCueWord(word.slice(1));
  // (nor «بال…» opening a foreign given name: Palesa «باليسا», Baldwin «بالدوين»)
  const foreignBalFirst = first && opensBalName(sentence, at);
  if (!foreignKal && !foreignBal && !foreignFal && !foreignBalFirst && withoutProclitics(word).some((form) => form !== word && form.startsWith('ال'))) return false;
  // inside a name, ال follows a link word (عبد الله، أبو الغيط), makes a compound given name (كمال الدين، نصر الله) or
  // ends it (خليفة شاهين المرر، before punctuation or و)
  // («آل», folded «ال», links a family name: «حمد بن خليفة آل ثاني»)
  if (!first && hasArticle(sentence, at) && !nameLinks.has(word) && !nameLinks.has(sentence.tokens[at - 1]?.norm ?? '') && !COMPOUND_NAME_ENDS.has(word)) {
    // the name ends at punctuation, at و, where a title follows it («خالد بن عبدالعزيز الفالح الوزير المرافق»), or at a
    // particle («بحث نائب رئيس الجمهورية طارق الهاشمي مع وزير الخارجية الياباني»); a family name of two such words
    // ends it after the second («راشيد الطالبي العلمي، رئيس مجلس النواب»), not after a preposition's noun
    // («المستشار بديوان البلاط السلطاني», «لاتحاد البريد العالمي»: an office's complement)
    const endsName = (after: number) => {
      const next = sentence.tokens[after];
      return !next || !joined(sentence, after - 1, after) || next.norm.startsWith('و') || stopwords.has(next.norm) || matchPhraseAt(titleIndex, sentence.tokens, after) !== undefined;
    };
    const previous = sentence.tokens[at - 1]?.norm ?? '';
    const secondFamilyWord = at + 1 < sentence.tokens.length && !blocked.has(at + 1) && (!/^[لب]/.test(previous) || knownNameWords.has(previous)) && hasArticle(sentence, at + 1) && isFamilyWordWithArticle(sentence.tokens[at + 1]!.norm);
    if (!(endsName(at + 1) || (secondFamilyWord && endsName(at + 2))) || !isFamilyWordWithArticle(word)) return false;
  }
  // "وقال"، "وزار": a stopword behind و (names often start with ف، ب، ل: فيصل، بيني، لولا)
  if (behindAnd !== undefined && stopwords.has(behindAnd)) return false;
  return !matchPhraseAt(titleIndex, sentence.tokens, at);
}

/** Stop-words that are also given names, folded («باسم»). */
export const GIVEN_NAMES_AMONG_STOPWORDS = new Set(titleTable.givenNamesAmongStopwords.map(normalizeForMatching));

/**
 * Whether a stop-word that is also a given name opens a name at `at`: the next word, joined to it, can be a name —
 * no stop-word, no article, no common word («وزير التخطيط باسم عوض الله», not «المتحدث باسم الوزارة»).
 */
function opensGivenName(sentence: Sentence, at: number): boolean {
  const next = sentence.tokens[at + 1];
  if (!GIVEN_NAMES_AMONG_STOPWORDS.has(sentence.tokens[at]!.norm) || !next || !joined(sentence, at, at + 1)) return false;
  return !stopwords.has(next.norm) && !isStopword(next.norm) && !hasArticle(sentence, at + 1) && !isCommonWord(next.norm) && !organisationWords.has(next.norm);
}

/** Whether a hyphen joins two tokens («هو-جين», «تاي-يول»): the second is a syllable of the name, whatever else it could be. */
function hyphenated(sentence: Sentence, left: number, right: number): boolean {
  return /^\s*-\s*$/.test(sentence.norm.slice(sentence.tokens[left]!.end, sentence.tokens[right]!.start)) && !blockedDigit(sentence, right);
}

function blockedDigit(sentence: Sentence, at: number): boolean {
  return /^\d/.test(sentence.tokens[at]!.norm);
}

/** How many words a name read forwards may have, not counting its links (بن، بنت، آل، أبو): «عبدالعزيز بن سعود بن نايف بن عبدالعزيز». */
const MAX_NAME_WORDS = 5;

/** Tokens [start, end) of a name of two words or more read forwards from `at`. */
export function nameAfter(sentence: Sentence, at: number, blocked: Set<number>, womansTitle = false): [number, number] | undefined {
  // a name written behind its initial («غ. جارغالسايخان», «ت. فورويا»), one word or more after it
  if (isInitialAt(sentence, at, blocked)) {
    const rest = nameAfter(sentence, at + 1, blocked) ?? (isNameWord(sentence, at + 1, true, blocked) ? [at + 1, at + 2] : undefined);
    return rest && [at, rest[1]];
  }
  let end = at;
  let words = 0;
  while (end < sentence.tokens.length && words < MAX_NAME_WORDS) {
    const first = end === at;
    if (!first && !joined(sentence, end - 1, end)) break;
    const syllable = !first && !blocked.has(end) && (hyphenated(sentence, end - 1, end) || (end + 1 < sentence.tokens.length && hyphenated(sentence, end, end + 1)));
    if (!isNameWord(sentence, end, first, blocked, womansTitle) && !syllable) break;
    if (!nameLinks.has(sentence.tokens[end]!.norm)) words++;
    end++;
    // the family after «آل» ends a name («حمد بن خليفة آل ثاني | أمير البلاد»)
    if (end - at >= 3 && sentence.tokens[end - 2]!.norm === 'ال') break;
  }
  return end - at >= 2 ? [at, end] : undefined;
}

/** Latin letters' names as a Latin initial is written («إس.», «كيه.»), folded. */
const LATIN_INITIALS: ReadonlySet<string> = new Set(LATIN_LETTER_NAMES.map(normalizeForMatching));

/**
 * Whether token `at` is a name's initial: one letter (or a Latin letter's name, «إس.») and a full stop before the next word, not an abbreviated title
 * («د.» a doctor's, «م.» an engineer's, which the titles table holds).
 */
function isInitialAt(sentence: Sentence, at: number, blocked: Set<number>): boolean {
  const token = sentence.tokens[at];
  const next = sentence.tokens[at + 1];
  return token !== undefined && next !== undefined && !blocked.has(at) && (/^\p{Script=Arabic}$/u.test(token.norm) || LATIN_INITIALS.has(token.norm)) && /^\.\s*$/.test(sentence.norm.slice(token.end, next.start)) && matchPhraseAt(titleIndex, sentence.tokens, at) === undefined;
}

/** Tokens [start, end) of a 2–4 word name read backwards from just before `at`. */
export function nameBefore(sentence: Sentence, at: number, blocked: Set<number>, womansTitle = false): [number, number] | undefined {
  let start = at;
  // (a syllable hyphenated to the next word is a name's, whatever it reads as: «لي هو-هيون»'s «هو»)
  const syllable = (k: number) => !blocked.has(k) && k + 1 < at && hyphenated(sentence, k, k + 1);
  while (start > 0 && at - start < 4 && (isNameWord(sentence, start - 1, false, blocked, womansTitle) || syllable(start - 1)) && (start === at || joined(sentence, start - 1, start))) start--;
  while (start < at && !isNameWord(sentence, start, true, blocked, womansTitle)) start++;
  return at - start >= 2 ? [start, at] : undefined;
}

/** «شؤون» behind «ل» or not, folded: its complement is in construct («لشؤون سياسة العلوم»). */
const AFFAIRS = new Set(titleTable.affairsWords.map(normalizeForMatching));

/**
 * «وزير», «منسق» and their feminines without the article, behind «و» too, folded: titles whose portfolio may follow in
 * construct («وزير اقتصاد المعرفة», «منسق قضايا الفضاء الإلكتروني»).
 */
const BARE_TITLES = new Set(['وزير', 'وزيره', 'ووزير', 'ووزيره', 'منسق', 'منسقه', 'ومنسق', 'ومنسقه']);

/** «هذه», «هذا», folded: a demonstrative before the occasion a delegation is led at («في هذه الجولة»). */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['هذه', 'هذا']);

/** How many words an office's complement may have («وزير الخارجية والتعاون الدولي والمغتربين والتجارة الخارجية»). */
const COMPLEMENT_WORDS = 8;
/** … and without a comma in it («نائب المدير العام لإدارة شؤون جنوب شرق وجنوب غرب آسيا في وزارة الخارجية اليابانية»). */
const COMPLEMENT_MAX_WORDS = 12;
/** «المكلف», «المكلفة» (in charge of), folded: the errand after one runs to the comma before the holder's name. */
const IN_CHARGE: ReadonlySet<string> = new Set(titleTable.inChargeWords.map(normalizeForMatching));
/** Whether a folded word is «المكلف» or one of its forms (in charge of), whose errand follows it. */
export function isInChargeWord(word: string): boolean {
  return IN_CHARGE.has(word);
}
/** «غير المقيم» and its feminine, folded, as word pairs: an ambassador's office goes on through them. */
const NON_RESIDENT: readonly (readonly string[])[] = titleTable.nonResidentQualifiers.map((words) => normalizeForMatching(words).split(' '));

/** Whether the words at token `at` are «غير المقيم» or its feminine. */
function isNonResident(sentence: Sentence, at: number): boolean {
  return NON_RESIDENT.some((words) => words.every((word, k) => sentence.tokens[at + k]?.norm === word));
}

/** How many words the errand after «المكلف» may have before its comma («المكلف بالعلاقات مع دول الكومنولث، X»). */
const IN_CHARGE_MAX_WORDS = 16;

/**
 * Where the name after an office's errand opens: «الوزير المنتدب … المكلف بالعلاقات مع دول الكومنولث، فيليكس مبايو» →
 * the token after the comma, when one ends the errand within IN_CHARGE_MAX_WORDS, every word of it is an errand's and
 * no title or known name stands in it; undefined otherwise.
 */
function afterInChargeErrand(sentence: Sentence, at: number, gazetteerMatches: readonly { start: number }[]): number | undefined {
  const tokens = sentence.tokens;
  for (let next = at + 1; next < tokens.length && next - at <= IN_CHARGE_MAX_WORDS; next++) {
    const gap = sentence.norm.slice(tokens[next - 1]!.end, tokens[next]!.start);
    if (/[.!?؟؛:]/.test(gap)) return undefined;
    if (/[،,]/.test(gap)) return next - at >= 2 ? next : undefined;
    if (gazetteerMatches.some((match) => match.start === next) || (!isOrganisationWord(tokens[next]!.norm) && matchPhraseAt(titleIndex, tokens, next))) return undefined;
    // the errand's words: its first behind «ب» («بالعلاقات», «بملف»), then words with the article, stop-words and words in
    // construct before one with it («مع دول الكومنولث»); a word of none of them may open the name («المكلف بالمحيطات سيرج سيغورا،»)
    const word = tokens[next]!.norm;
    // (a construct may chain two words before the one with the article: «في مجال مكافحة الإرهاب»)
    const inConstructChain = [1, 2].some((k) => next + k < tokens.length && hasArticle(sentence, next + k) && tokens.slice(next + 1, next + k).every((token) => !knownNameWords.has(token.norm)));
    if (!(next === at + 1 ? word.startsWith('ب') : hasArticle(sentence, next) || isStopword(word) || inConstructChain)) return undefined;
  }
  return undefined;
}

/**
 * The first token after a title's complement: its nisba or country ("وزير خارجية اليابان"), ministry words
 * ("الأمين العام لوزارة الشؤون الخارجية"), "لدى طوكيو", and former-office qualifiers are passed over.
 */
export function skipTitleComplement(sentence: Sentence, from: number, blocked: Set<number>, gazetteerMatches: readonly { start: number }[]): number {
  let at = from;
  // where the count of complement words starts: past the minister an office is attached to («لدى وزير الشؤون الخارجية»)
  let counted = from;
  const tokens = sentence.tokens;
  // (past COMPLEMENT_WORDS only when no comma stands in it: «…، السفير X» after an office is the person's own title)
  const commaBefore = (i: number) => /[،,]/.test(sentence.norm.slice(tokens[from]!.start, tokens[i]!.start));
  // a word in construct before one with the article, none a name opens with: a complement goes on through it
  const inConstruct = (i: number) => i + 1 < tokens.length && hasArticle(sentence, i + 1) && !knownNameWords.has(tokens[i]!.norm) && !isStopword(tokens[i]!.norm);
  // a country's name after «في» right after the title, a comma after it, is the office's («وزيرة الخارجية في البوسنة
  // والهرسك، بيسيرا توركوفيتش»); without the comma it may be where the talks were («وزير الخارجية في الرياض نظيره …»)
  const countryThenComma = (start: number) => {
    if (!blocked.has(start) || gazetteerMatches.some((match) => match.start === start)) return false;
    let end = start;
    while (end < tokens.length && blocked.has(end)) end++;
    return end < tokens.length && /^\s*[،,]\s*$/.test(sentence.norm.slice(tokens[end - 1]!.end, tokens[end]!.start));
  };
  while (at < tokens.length && (at - counted < COMPLEMENT_WORDS || (at - counted < COMPLEMENT_MAX_WORDS && !commaBefore(at)))) {
    const word = tokens[at]!.norm;
    if (gazetteerMatches.some((match) => match.start === at)) break;
    // «…، والمهندس وليد جمال الدين»: a form of address behind the list's «، و» opens the next person, no portfolio word
    if (at > from && word.startsWith('و') && HONORIFICS.has(word.slice(1)) && /[،,]/.test(sentence.norm.slice(tokens[at - 1]!.end, tokens[at]!.start))) break;
    // another title with its own nisba or person («رئيس الوزراء الياباني الرئيس السنغالي X») introduces someone else
    const next = isOrganisationWord(word) ? undefined : matchPhraseAt(titleIndex, tokens, at);
    if (next && blocked.has(next.end)) break;
    // a portfolio or an adjective with the article («وزير الاستثمار», «الاقتصاد والتجارة»): a name never opens with ال
    // (not a word of the talks: «واستهل وزير الخارجية الاتصال بتقديم التعازي», the call the minister opened)
    // (a name's word too right after a body's word in construct, whose field it is: «لقطاع الصيد البحري», not Habib Essid)
    const afterBodyInConstruct = at > from && isOrganisationWord(tokens[at - 1]!.norm) && !hasArticle(sentence, at - 1);
    // «سفيرة ليسوتو لدى اليابان باليسا موسيتسي»: a foreign given name in «بال…» ends the office (Palesa, Baldwin)
    if (at > from && !blocked.has(at) && opensBalName(sentence, at)) break;
    const portfolio = (/^(وال|لل|بال)/.test(word) || hasArticle(sentence, at)) && word.length > 3 && !isStopword(word) && (!knownNameWords.has(word) || afterBodyInConstruct) && !isCueWord(word);
    // «المدير العام لهيئة الاستثمار الكينية «كين إنفست» موزس إكيارا», «رئيس … «جايكا» أكيهيكو تاناكا»: a body's short name
    // in quotes, a name right after it (a name in quotes with nothing after it is the person's own: «… «تسوكادا تاماكي»،»)
    const quotedEnd = at > from ? quotedShortNameEnd(sentence, at) : undefined;
    // «… المكلف بالعلاقات مع دول الكومنولث، X»: the office's errand, to its comma
    const errandEnd = IN_CHARGE.has(word) ? afterInChargeErrand(sentence, at, gazetteerMatches) : undefined;
    if (errandEnd !== undefined) return errandEnd;
    // «سفير اليابان غير المقيم لدى غيانا X»: the non-resident ambassador's office goes on
    if (isNonResident(sentence, at)) at += 2;
    else if (blocked.has(at) || isFormerWord(word) || isOrganisationWord(word) || portfolio || inBrackets(sentence, at)) at++;
    else if (quotedEnd !== undefined) at = quotedEnd;
    // «وزير اقتصاد المعرفة والمؤسسات الناشئة، ياسين المهدي وليد»: a bare «وزير»'s portfolio in construct, a word without
    // the article before one with it (a name never follows a bare «وزير»; nor a bare «منسق»: «منسق مفاوضات التجارة …»)
    else if (at === from && at > 0 && BARE_TITLES.has(tokens[at - 1]!.norm) && inConstruct(at)) at++;
    // «وزير الدولة الياباني لشؤون سياسة العلوم والتكنولوجيا X»: «شؤون» takes a word in construct before one with the article
    else if (at > from && AFFAIRS.has(tokens[at - 1]!.norm) && inConstruct(at)) at++;
    // «المبعوث الياباني الخاص لعملية السلام في سريلانكا X»: an envoy's errand behind «ل», in construct before a word with the article
    else if (at > from && ENVOY_QUALIFIERS.has(tokens[at - 1]!.norm) && /^ل\S{3,}/.test(word) && inConstruct(at)) at++;
    // «نائب رئيس الوكالة الفدرالية لمصايد الأسماك»: a body's field behind «ل», in construct before a word with the article,
    // after the body's own words
    else if (at > from && isOrganisationOrItsWord(sentence, at - 1) && /^ل[^ل]\S{2,}/.test(word) && inConstruct(at) && !knownNameWords.has(word.slice(1))) at++;
    // «وزير الزراعة والغابات ومصايد الأسماك X», «وزير الخارجية وشؤون المغتربين X»: the portfolio goes on with «و» and a
    // word in construct before one with the article (a name's «و» opens the next person: «ومحمد الصباح», «وعبد الله»)
    // (an office behind «و», or one that opens with the letter, «وزيرة الخارجية», is the next person's: next is set then)
    else if (!next && word.length > 3 && word.startsWith('و') && inConstruct(at) && tokens[at + 1]!.norm !== 'الله' && !knownNameWords.has(word.slice(1)) && !isStopword(word.slice(1))) at++;
    // «سفير … لدى طوكيو»; «الوزير المنتدب لدى وزير الشؤون الخارجية والتعاون …، محسن الجزولي»: the minister the office is attached to
    else if (word === ATTACHED_TO && at + 1 < tokens.length) {
      const minister = matchPhraseAt(titleIndex, tokens, at + 1);
      at = minister ? (counted = minister.end) : at + 2;
    }
    // «وترأست الجانب المغربي في هذه الجولة X»: the occasion, behind «في» and a demonstrative, before the name
    else if (word === 'في' && at + 2 < tokens.length && DEMONSTRATIVES.has(tokens[at + 1]!.norm) && hasArticle(sentence, at + 2)) at += 3;
    // «وترأس الوفد الصيني إلى المشاورات X»: the talks a delegation came to, behind «إلى» after its nisba, before the name
    // (as «وترأس الوفد الياباني في المشاورات X» below)
    else if (word === 'الي' && at === from + 1 && /^و?(?:ال)?وفد$/.test(tokens[from - 1]?.norm ?? '') && at + 1 < tokens.length && hasArticle(sentence, at + 1)) at += 2;
    // «نظيره من بابوا غينيا الجديدة X»: a country after «من» where a nisba would stand
    else if (word === 'من' && at + 1 < tokens.length && blocked.has(at + 1) && !gazetteerMatches.some((match) => match.start === at + 1)) at++;
    // «المدير العام لمكتب شؤون آسيا في وزارة الخارجية X»: «في» inside the office's name, before another office word
    // «وزيرة العلاقات الدولية والتعاون في جنوب أفريقيا X»: «في» and the country whose minister she is
    // «وزير الدولة في الخارجية السلوفينية X»: right after the title, only before a word of a ministry (not «في الرياض»)
    else if (word === 'في' && at + 1 < tokens.length && (at > from ? isOrganisationWord(tokens[at + 1]!.norm) || /^(ال|بال)/.test(tokens[at + 1]!.norm) || (blocked.has(at + 1) && !gazetteerMatches.some((match) => match.start === at + 1)) : isOrganisationWord(tokens[at + 1]!.norm) || countryThenComma(at + 1))) at += 2;
    else break;
  }
  return at;
}

/**
 * The name a title introduces: read forwards after the title's complement, or, when the title follows a comma,
 * backwards (apposition). Undefined when there is none, or the person is a former office-holder (unless sent as an envoy).
 */
export function personAtTitle(sentence: Sentence, title: PhraseMatch<string>, blocked: Set<number>, gazetteerMatches: PhraseMatch<string>[]): [number, number] | undefined {
  const nameStart = skipTitleComplement(sentence, title.end, blocked, gazetteerMatches);
  const known = gazetteerMatches.find((match) => match.start === nameStart);
  // «سفير كندا لدى اليابان، وكاوامورا …»: a name after a comma and the list's و is the next person, not the title's;
  // none is read across a full stop or the «..» that joins a headline's parts («وزير الخارجية الياباني.. وطوكيو تقرض»)
  // (a full stop after a lone letter abbreviates a title: «د. جبريل إبراهيم»)
  const gap = nameStart > 0 && nameStart < sentence.tokens.length ? sentence.norm.slice(sentence.tokens[nameStart - 1]!.end, sentence.tokens[nameStart]!.start) : '';
  const abbreviation = sentence.tokens[nameStart - 1]?.norm.length === 1 && /^\.\s*$/.test(gap);
  const acrossStop = /[.!?؟؛:]/.test(gap) && !abbreviation;
  // «الوزيرة المنتدبة لدى وزير الشؤون الخارجية والتعاون صلاح الدين مزوار»: a name right after the minister an office is
  // attached to, no comma between, is that minister's
  const attached = sentence.tokens.slice(title.end, nameStart).some((token, k) => token.norm === ATTACHED_TO && matchPhraseAt(titleIndex, sentence.tokens, title.end + k + 1) !== undefined) && !/[،,]/.test(gap);
  // the office-holder is named after that minister, past a comma and a form of address («…، السيد محمد بن عياد،»)
  if (attached) return officeHolderAfterAttachedMinister(sentence, known ? [known.start, known.end] : nameAfter(sentence, nameStart, blocked), blocked);
  // (a known name there behind the list's «، و» is the next person too: the title's holder may stand before it, «هونغ
  // ليانغ، المدير العام لإدارة الحدود …، وهيرويوكي نامازو، …»)
  if (known && !opensWithListConjunction(sentence, nameStart)) return undefined;
  // «حضر اللقاء الدكتورة سوزان كوليمبا نائبة وزير الخارجية … وماساهارو يوشيدا سفير اليابان»: the office written right
  // after a person read is that person's, so a name behind «و» past it opens the list's next person, not its holder
  const apposed = gazetteerMatches.some((match) => match.end === title.start) && opensWithAnd(sentence, nameStart);
  const womansTitle = isFeminineTitle(title.value);
  const forwards = opensWithListConjunction(sentence, nameStart) || acrossStop || apposed ? undefined : nameAfter(sentence, nameStart, blocked, womansTitle);
  if (forwards) return (isFormer(sentence, title.end, forwards[0]) || isFormer(sentence, forwards[1], forwards[1] + 1)) && !envoyBeside(sentence, forwards[0], forwards[1]) ? undefined : forwards;
  const titleAt = sentence.tokens[title.start]!.start;
  // (not behind the list's «و»: «… فيصل بن بندر بن سلطان، ونائبة وزير الاستثمار …» opens the next person)
  if (title.start === 0 || title.prefix.startsWith('و')) return undefined;
  const backwards = nameBefore(sentence, title.start, blocked, womansTitle);
  // «الممثل الخاص … لشؤون آسيا الوسطى، السفير X»: the words after «شؤون» are an office's complement, not a name
  if (backwards && AFFAIRS.has(sentence.tokens[backwards[0] - 1]?.norm ?? '')) return undefined;
  // the name stands before a comma and the title, or right after the side it belongs to or a word of attendance, no comma needed («حضره عن
  // الجانب الياباني هيرويوكي ناغاهاما نائب كبير أمناء مجلس الوزراء»), or opens the next member of such a list («…،
  // وأكيهيسا ناجاشيما مستشار رئيس الوزراء»)
  // («استقبل … اليوم كاتسوهيتو أسانو نائب وزير الخارجية», «في العاصمة فريتاون، إيتشيرو آيساوا عضو مجلس النواب»)
  if (!backwards || (!/[،,]\s*$/.test(sentence.norm.slice(Math.max(0, titleAt - 4), titleAt)) && !afterSideOrAttendance(sentence, backwards[0], blocked) && !opensWithListConjunction(sentence, backwards[0]) && !afterCommaOrDay(sentence, backwards[0]))) return undefined;
  return !isFormer(sentence, title.end, title.end + 2) || envoyBeside(sentence, backwards[0], backwards[1]) ? backwards : undefined;
}

/**
 * Whether a name starting at token `start` opens its phrase: right after a comma, after the day the sentence tells
 * («اليوم», «أمس», a weekday) or after «مع», where an object named before its title stands.
 */
function afterCommaOrDay(sentence: Sentence, start: number): boolean {
  if (start === 0) return false;
  const before = sentence.tokens[start - 1]!;
  return /[،,]/.test(sentence.norm.slice(before.end, sentence.tokens[start]!.start)) || DAY_WORDS.has(before.norm) || before.norm === WITH || TALK_VERBS.has(before.norm);
}
/**
 * Past-tense verbs of talks, folded, with «و» or not: a name right after one is the subject or object of the talks
 * («بحث كينجي واكامييا وزير الدولة …», «عقد هيروتاكا إيشيهارا الوكيل البرلماني …»).
 */
const TALK_VERBS: ReadonlySet<string> = new Set([...EVENT_CUES.talkVerbs, ...EVENT_CUES.talkVerbsAlsoNouns].flatMap((verb) => [verb, `و${verb}`]).map(normalizeForMatching));
/** «مع», folded: who the talks were with, named before the title («بحث … مع ياسوشي أكاشي ممثل الحكومة اليابانية»). */
const WITH = 'مع';

/** «الجانب», folded, with «و» or not: the side of a meeting whose nisba follows. */
const SIDE = /^و?الجانب$/;

/**
 * Whether a name starting at token `start` stands right after a side and its nisba («عن الجانب الياباني X»), or right
 * after a word of attendance, its nisba between or not («وشارك فيه أسامة الغانم مدير إدارة الاتفاقيات», «وضم الوفد
 * الياباني X نائب المدير العام»): the office written after it is its own.
 */
function afterSideOrAttendance(sentence: Sentence, start: number, blocked: Set<number>): boolean {
  if (afterAttendanceWord(sentence, start)) return true;
  return start >= 2 && blocked.has(start - 1) && (SIDE.test(sentence.tokens[start - 2]!.norm) || afterAttendanceWord(sentence, start - 1));
}

/**
 * The name after the minister an office is attached to (tokens `minister`) and a comma, behind a form of address or
 * not («كاتب الدولة لدى وزير الشؤون الخارجية … محمد علي النفطي، السيد محمد بن عياد»): the office-holder's; undefined
 * when none follows.
 */
function officeHolderAfterAttachedMinister(sentence: Sentence, minister: [number, number] | undefined, blocked: Set<number>): [number, number] | undefined {
  if (!minister || minister[1] >= sentence.tokens.length || !/^\s*[،,]\s*$/.test(sentence.norm.slice(sentence.tokens[minister[1] - 1]!.end, sentence.tokens[minister[1]]!.start))) return undefined;
  const at = HONORIFICS.has(sentence.tokens[minister[1]]!.norm) ? minister[1] + 1 : minister[1];
  return nameAfter(sentence, at, blocked);
}

/**
 * Where the name of the minister an office is attached to starts («لدى وزير الشؤون الخارجية والتعاون صلاح الدين مزوار»):
 * right after the complement of a title behind «لدى», no comma between; undefined for any other title.
 */
export function attachedMinisterNameAt(sentence: Sentence, title: PhraseMatch<string>, blocked: Set<number>, gazetteerMatches: readonly { start: number }[]): number | undefined {
  if (sentence.tokens[title.start - 1]?.norm !== ATTACHED_TO) return undefined;
  const at = skipTitleComplement(sentence, title.end, blocked, gazetteerMatches);
  if (at >= sentence.tokens.length || /[،,.]/.test(sentence.norm.slice(sentence.tokens[at - 1]!.end, sentence.tokens[at]!.start))) return undefined;
  return at;
}

/**
 * Whether the word at `at` opens with the و of a list after a comma («…، وكاوامورا ياسوهيسا، السفير»): the conjunction,
 * not the name's letter, unless the gazetteer knows the whole word as a name (وليد، وانغ).
 */
export function opensWithListConjunction(sentence: Sentence, at: number): boolean {
  return at > 0 && opensWithAnd(sentence, at) && /[،,]\s*$/.test(sentence.norm.slice(sentence.tokens[at - 1]!.end, sentence.tokens[at]!.start));
}

/**
 * Whether the word at `at` opens with «و» that the gazetteer does not know as a name's letter (وليد، وانغ); a word of
 * three letters only before a two-letter name the gazetteer knows («ويو ميونغ هوان»: «و» and Yu; not «وي», Wei).
 */
function opensWithAnd(sentence: Sentence, at: number): boolean {
  const word = sentence.tokens[at]?.norm;
  if (word === undefined || !word.startsWith('و') || knownNameWords.has(word)) return false;
  return word.length >= 4 || (word.length === 3 && knownNameWords.has(word.slice(1)));
}

/** Words of the gazetteer's names: a name of unknown people may open with one of them even behind a letter that is also a proclitic (بيني، لولا، كمال). */
const knownNameWords = GAZETTEER_NAME_WORDS;
/** Whether the word at `at` is a body's word («الوكالة») or an adjective with the article after one («الوكالة الفدرالية»). */
function isOrganisationOrItsWord(sentence: Sentence, at: number): boolean {
  for (let k = at; k >= 0 && at - k < 3; k--) {
    if (isOrganisationWord(sentence.tokens[k]!.norm)) return true;
    if (!hasArticle(sentence, k)) return false;
  }
  return false;
}

/** Whether a folded word is an office, body, state or address word of the complement, with or without proclitics («لمكتب», «والشؤون»). */
function isOrganisationWord(word: string): boolean {
  return withoutProclitics(word).some((form) => organisationWords.has(form) || (form.startsWith('ال') && organisationWords.has(form.slice(2))));
}

/** Whether a folded word is a word of meetings, talks, attendance, quotes or absence. */
export function isCueWord(word: string): boolean {
  return cueWords.has(word);
}

/** Words of cue phrases that are given names too, folded («كريمة» of «بدعوة كريمة من»). */
const CUE_WORDS_THAT_ARE_NAMES: ReadonlySet<string> = new Set(titleTable.givenNamesAmongCueWords.map(normalizeForMatching));
/** Words of meetings, talks, attendance, quotes and absence: never part of a name («بحضور دولة», «الوزير السنغافوري استعرض حرس الشرف»). */
const cueWords = new Set([...EVENT_CUES.meetingWords, ...EVENT_CUES.talkVerbs, ...EVENT_CUES.attendanceWords, ...EVENT_CUES.quoteVerbs, ...EVENT_CUES.absenceFrames].flatMap((phrase) => normalizeForMatching(phrase).split(' ')).filter((word) => !CUE_WORDS_THAT_ARE_NAMES.has(word)));
