import { LATIN_LETTER_NAMES } from '../../src/arabic/latinLetterNames.ts';
import { DAY_WORDS, MONTHS, WEEKDAYS } from './arabicDateWords.ts';
import { isStopword } from '../../src/arabic/stopwords.ts';
import { EVENT_CUES, TITLES as titleTable } from '../../src/data/index.ts';
import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { matchPhraseAt, withoutProclitics, type PhraseMatch } from './phraseIndex.ts';
import { originalSpelling, type Sentence } from './sentences.ts';
import { envoyBeside } from './envoyWords.ts';
import { isRelativePronoun } from './relativeClause.ts';
import { isFeminineTitle } from './isFeminineTitle.ts';
import { isFormer, isFormerWord } from './formerOffice.ts';
import { afterAttendanceWord } from './namesParticipants.ts';
import { hasPronounEnding, isWomansNameInH } from './pronounEndings.ts';
import { isReportVerb } from './isReportVerb.ts';
import { ADDRESS_OPENERS, AFFAIRS, ATTACHED_TO, afterConjunction, CITY_NAMES, CITY_WORDS, followsServantOf, GIVEN_NAMES_AMONG_STOPWORDS, GIVEN_NAMES_WITH_ARTICLE, hasArticle, HONORIFICS, isCommonWord, isCueWord, joined, knownNameWords, nameStopwords, opensBalName, organisationWords, titleIndex } from './nameWords.ts';
import { skipTitleComplement } from './titleComplement.ts';

// Reading a person's name around a title ("نائب وزير الخارجية X", "X، السفير …") from a sentence's tokens.

const dateWords = new Set([...MONTHS.keys(), ...WEEKDAYS.keys()]);
const nameLinks = new Set(['بن', 'بنت', 'ابن', 'عبد', 'ابو', 'ال', 'دي', 'فان', 'فون']);
/** The second word of a compound given name, after any first («كمال الدين», «نور الدين», «نصر الله»), folded. */
const COMPOUND_NAME_ENDS: ReadonlySet<string> = new Set(titleTable.compoundNameEnds.map(normalizeForMatching));

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
  return !organisationWords.has(word) && !dateWords.has(word) && !nameStopwords.has(word) && !isCommonWord(word) && !isRelativePronoun(word);
}

/**
 * «علي» written with a final yeh is the name Ali; the preposition is «على», with alef maqsura. Folding writes both
 * «علي», so the written letter decides («الرئيس الطاجيكي إمام علي رحمان»).
 */
export function isWrittenAli(written: string): boolean {
  return written === 'علي' || written === 'وعلي';
}

/** Words a city's name stands right after, folded: «في», and the nouns of a city or capital («مدينة», «بالعاصمة»). */
const CITY_LEADS: ReadonlySet<string> = new Set(['في', 'مدينة', 'بمدينة', 'العاصمة', 'بالعاصمة'].map(normalizeForMatching));

function isNameWord(sentence: Sentence, at: number, first: boolean, blocked: Set<number>, womansTitle = false): boolean {
  const word = sentence.tokens[at]!.norm;
  if (blocked.has(at) || word.length < 2 && !nameLinks.has(word)) return false;
  const ali = word === 'علي' && isWrittenAli(originalSpelling(sentence, sentence.tokens[at]!.start, sentence.tokens[at]!.end));
  const givenName = first && opensGivenName(sentence, at);
  // («معين عبد الملك سعيد», «أسعد عبد الأمير العيداني»: the word after «عبد», a title's or another, is the name's second half)
  if (!first && !/^\d/.test(word) && followsServantOf(sentence, at)) return true;
  if (/^\d/.test(word) || (nameStopwords.has(word) && !ali && !givenName) || isFormerWord(word)) return false;
  if (isCommonWord(word)) return false;
  // «هيروتو إيزومي بمشاركة المستشار …»: a word of the talks or of attendance after a name ends it
  if (!first && isCueWord(word) && !knownNameWords.has(word)) return false;
  // «السكرتير الرئيسي لكبير مستشاري الحكومة»: a stop-word behind a preposition opens the office's complement, not a name
  if (first && /^[لبك]/.test(word) && word.length >= 5 && nameStopwords.has(word.slice(1)) && !knownNameWords.has(word)) return false;
  // «بمكتب رئيس الوزراء بطوكيو واستمر …»: a city behind a preposition is a place, no name, nor the end of one («لوكاش
  // كاوتسكي بطوكيو»)
  if (/^[بل]/.test(word) && CITY_WORDS.has(word.slice(1)) && !knownNameWords.has(word)) return false;
  // (and a city after «في» or a noun of a city: «استقبل … في طوكيو لويس شفايتزر، الممثل الخاص …» names no «طوكيو لويس
  // شفايتزر», «… في مدينة يوكوهاما جيمس ميشيل رئيس جمهورية سيشل» no «يوكوهاما جيمس ميشيل»)
  if (CITY_WORDS.has(word) && CITY_LEADS.has(sentence.tokens[at - 1]?.norm ?? '') && !knownNameWords.has(word)) return false;
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
  if (first && behindAnd !== undefined && (nameStopwords.has(behindAnd) || isCommonWord(behindAnd) || isCueWord(behindAnd) || isStopword(word))) return false;
  // «فرد سعيد بأنه …», «فأجاب …»: a reporting verb behind «ف» (so he replied), no name («فيصل», «فراس» open names)
  if (first && word.startsWith('ف') && isReportVerb(word) && !knownNameWords.has(word)) return false;
  // "للأمانة"، "بالوزارة": a noun with the article behind a proclitic is never part of a name
  // (but «كال…» after a name's first word is a foreign family name, «أيغارس كالفيتيس», «فيليبي كالديرون»: «ك» with a
  // definite noun, «like the …», follows no name)
  const foreignAfterGivenName = (opening: string) => !first && word.startsWith(opening) && !word.endsWith('ه') && !isCommonWord(word) && !nameStopwords.has(word);
  const foreignKal = foreignAfterGivenName('كال');
  // (nor is «بال…» after a name's first word where the name ends, before punctuation or a relative pronoun: «أرسينيو
  // باليساكان،», «فيكتور بالوغا الذي»; «بالرئيس المصري», «بالقاهرة،» are a definite noun and a city behind «ب»)
  const foreignBal = foreignAfterGivenName('بال') && !isCommonWord(word.slice(1)) && !CITY_NAMES.has(word.slice(1)) && endsNameAt(sentence, at + 1);
  // (nor «فال…» opening a name: Valery, Valdis, Falih — «فاليري مالاشكو», «فالديس دومبروفسكيس»; «ف» with a definite noun,
  // «so the …», opens a clause, not a person's name after a title)
  const foreignFal = word.startsWith('فال') && word.length >= 5 && !nameStopwords.has(word.slice(1)) && !isCommonWord(word.slice(1)) && !isCueWord(word.slice(1));
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
      // (or at a listed common word: «خالد العسيلي داخل المنطقة الصناعية»)
      return !next || !joined(sentence, after - 1, after) || next.norm.startsWith('و') || nameStopwords.has(next.norm) || isCommonWord(next.norm) || matchPhraseAt(titleIndex, sentence.tokens, after) !== undefined;
    };
    const previous = sentence.tokens[at - 1]?.norm ?? '';
    const secondFamilyWord = at + 1 < sentence.tokens.length && !blocked.has(at + 1) && (!/^[لب]/.test(previous) || knownNameWords.has(previous)) && hasArticle(sentence, at + 1) && isFamilyWordWithArticle(sentence.tokens[at + 1]!.norm);
    if (!(endsName(at + 1) || (secondFamilyWord && endsName(at + 2))) || !isFamilyWordWithArticle(word)) return false;
  }
  // "وقال"، "وزار": a stopword behind و (names often start with ف، ب، ل: فيصل، بيني، لولا)
  if (behindAnd !== undefined && nameStopwords.has(behindAnd)) return false;
  return !matchPhraseAt(titleIndex, sentence.tokens, at);
}

/**
 * Whether a stop-word that is also a given name opens a name at `at`: the next word, joined to it, can be a name —
 * no stop-word, no article, no common word («وزير التخطيط باسم عوض الله», not «المتحدث باسم الوزارة»).
 */
function opensGivenName(sentence: Sentence, at: number): boolean {
  const next = sentence.tokens[at + 1];
  if (!GIVEN_NAMES_AMONG_STOPWORDS.has(sentence.tokens[at]!.norm) || !next || !joined(sentence, at, at + 1)) return false;
  return !nameStopwords.has(next.norm) && !isStopword(next.norm) && !hasArticle(sentence, at + 1) && !isCommonWord(next.norm) && !organisationWords.has(next.norm);
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

/** How many words a name read backwards may have, not counting its links («سيف بن ناصر بن محسن الرحبي»: four). */
const MAX_NAME_WORDS_BEFORE = 4;

/** Tokens [start, end) of a name of two to four words (its links aside) read backwards from just before `at`. */
export function nameBefore(sentence: Sentence, at: number, blocked: Set<number>, womansTitle = false): [number, number] | undefined {
  let start = at;
  let words = 0;
  // (a syllable hyphenated to the next word is a name's, whatever it reads as: «لي هو-هيون»'s «هو»)
  const syllable = (k: number) => !blocked.has(k) && k + 1 < at && hyphenated(sentence, k, k + 1);
  while (start > 0 && words < MAX_NAME_WORDS_BEFORE && (isNameWord(sentence, start - 1, false, blocked, womansTitle) || syllable(start - 1)) && (start === at || joined(sentence, start - 1, start))) {
    start--;
    if (!nameLinks.has(sentence.tokens[start]!.norm)) words++;
  }
  // (a form of address read before the name opens none: «في طوكيو فخامة جيمس ميشيل رئيس جمهورية سيشل»)
  while (start < at && (!isNameWord(sentence, start, true, blocked, womansTitle) || isFormOfAddress(sentence.tokens[start]!.norm))) start++;
  return at - start >= 2 ? [start, at] : undefined;
}

/**
 * The name a title introduces: read forwards after the title's complement, or, when the title follows a comma,
 * backwards (apposition). Undefined when there is none, or the person is a former office-holder (unless sent as an envoy,
 * or `keepFormer`: the caller knows the former office-holder is the one the meeting is with, read forwards).
 */
export function personAtTitle(sentence: Sentence, title: PhraseMatch<string>, blocked: Set<number>, gazetteerMatches: PhraseMatch<string>[], keepFormer = false): [number, number] | undefined {
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
  // (a name the gazetteer does not know too, read back from the title right after a word of attendance or a side: «وضم
  // الوفد الأمريكي توم دينانو نائب مساعد وزير الخارجية … وبراد كلارك …»)
  const womansTitle = isFeminineTitle(title.value);
  const apposed = opensWithAnd(sentence, nameStart) && (gazetteerMatches.some((match) => match.end === title.start) || namedRightAfterAttendance(sentence, title.start, blocked, womansTitle));
  const forwards = opensWithListConjunction(sentence, nameStart) || acrossStop || apposed ? undefined : nameAfter(sentence, nameStart, blocked, womansTitle);
  if (forwards) return !keepFormer && (isFormer(sentence, title.end, forwards[0]) || isFormer(sentence, forwards[1], forwards[1] + 1)) && !envoyBeside(sentence, forwards[0], forwards[1]) ? undefined : forwards;
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

/** Whether a name read back from the title at `titleStart` stands right after a word of attendance or a side («وضم الوفد الأمريكي X نائب …»). */
function namedRightAfterAttendance(sentence: Sentence, titleStart: number, blocked: Set<number>, womansTitle: boolean): boolean {
  const before = titleStart > 0 ? nameBefore(sentence, titleStart, blocked, womansTitle) : undefined;
  return before !== undefined && afterSideOrAttendance(sentence, before[0], blocked);
}

/**
 * Whether a name starting at token `start` opens its phrase: right after a comma, after the day the sentence tells
 * («اليوم», «أمس», a weekday) or after «مع», where an object named before its title stands; or right after the city the
 * talks were held in, a form of address between or not («… صباح اليوم في مدينة يوكوهاما جيمس ميشيل رئيس جمهورية سيشل»,
 * «… في طوكيو فخامة جيمس ميشيل رئيس جمهورية سيشل»).
 */
function afterCommaOrDay(sentence: Sentence, start: number): boolean {
  if (start === 0) return false;
  const before = sentence.tokens[start - 1]!;
  return /[،,]/.test(sentence.norm.slice(before.end, sentence.tokens[start]!.start)) || DAY_WORDS.has(before.norm) || before.norm === WITH || TALK_VERBS.has(before.norm) || afterCity(sentence, start);
}

/** Whether a folded word is a form of address or an honorific («فخامة», «معالي», «الدكتور»): no word of a name. */
function isFormOfAddress(word: string): boolean {
  return HONORIFICS.has(word) || ADDRESS_OPENERS.has(word);
}

/** Whether a city's name stands right before token `start`, a form of address between or not, nothing but spaces between. */
function afterCity(sentence: Sentence, start: number): boolean {
  const at = start - 1 - (isFormOfAddress(sentence.tokens[start - 1]!.norm) ? 1 : 0);
  const city = sentence.tokens[at];
  // (nothing but spaces between: «بغداد (أصوات العراق / د ب أ) – قال وزير النفط» is a dateline and its agency)
  if (!city || !/^\s+$/.test(sentence.norm.slice(city.end, sentence.tokens[at + 1]!.start))) return false;
  return withoutProclitics(city.norm).some((form) => CITY_NAMES.has(form));
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

