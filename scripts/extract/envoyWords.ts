import { FATHATAN } from '../../src/arabic/codePoints.ts';
import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { TITLES, type RoleLevel } from '../../src/data/index.ts';
import { withoutAndArticle, withoutProclitics, type PhraseMatch } from './phraseIndex.ts';
import { ADDRESS_OPENERS, CITY_WORDS } from './nameWords.ts';
import { roleToLevel } from './roleToLevel.ts';
import { writtenSpan, type Sentence } from './sentences.ts';

/** The role of a former office-holder who took part as an envoy: the errand he came on (a deputy's level). */
export const ENVOY_ROLE = 'مبعوث خاص';

const ENVOY_STEMS = TITLES.envoyWords.map(normalizeForMatching);
/** An envoy's word in construct, folded, masculine or feminine («مبعوث», «مبعوثة»): no article, no case ending. */
const ENVOY_IN_CONSTRUCT: ReadonlySet<string> = new Set(ENVOY_STEMS.flatMap((stem) => [stem, `${stem}ه`]));
/** … and in any of its forms once its proclitics and article are taken off: also the accusative («بصفته مبعوثاً خاصاً»). */
const ENVOY_FORMS: ReadonlySet<string> = new Set(ENVOY_STEMS.flatMap((stem) => [stem, `${stem}ه`, `${stem}ا`]));
const ADVISER_STEMS = TITLES.adviserWords.map(normalizeForMatching);
/**
 * An adviser's word in construct, folded («مستشار», «مستشارة»): the name right after it is the principal's («مستشار آبي
 * للأمن القومي»). Only a name: an adviser's office («مستشار رئيس الوزراء X», «المستشار الخاص لرئيس الجمهورية X»)
 * introduces the adviser himself, unless it stands in apposition after his name (isEnvoyPrincipal).
 */
const ADVISER_IN_CONSTRUCT: ReadonlySet<string> = new Set(ADVISER_STEMS.flatMap((stem) => [stem, `${stem}ه`]));

/** Whether a folded token is an adviser's word, behind «و» or «ب» and the article or not («والمستشار», «مستشارة»). */
function isAdviserWord(norm: string): boolean {
  return ADVISER_IN_CONSTRUCT.has(withoutAndArticle(norm));
}

/** What may stand between an envoy's word and the office behind «ل» that sent the envoy («الخاص», «الشخصي»), folded. */
export const ENVOY_QUALIFIERS: ReadonlySet<string> = new Set(['الخاص', 'الخاصه', 'الشخصي', 'الشخصيه']);
/** How many words before a name, and after it, an envoy's word still tells that person's errand. */
const ENVOY_BEFORE = 8;
const ENVOY_AFTER = 14;
/** How many words before a name an envoy's word and its principal's office behind «ل» may stand («المبعوث الخاص لرئيسة الوزراء اليابانية X»). */
const PRINCIPAL_REACH = 5;
/** How many words before an envoy's office behind «و» the comma that opens its apposition may stand. */
const APPOSITION_WORDS = 6;

/** An indefinite envoy's word in the accusative, folded («ممثلا»; «ممثلاً» folds to «ممثل», its tanween read from the text). */
const ENVOY_ACCUSATIVE: ReadonlySet<string> = new Set(ENVOY_STEMS.map((stem) => `${stem}ا`));

/** Whether the envoy's word at token `at` is written in the accusative, with no article: «ممثلا», «ممثلاً», «مبعوثاً». */
function isAccusative(sentence: Sentence, at: number): boolean {
  const token = sentence.tokens[at]!;
  const bare = token.norm.replace(/^و/, '');
  return ENVOY_ACCUSATIVE.has(bare) || (ENVOY_STEMS.includes(bare) && FATHATAN_MARK.test(writtenSpan(sentence, token.start, token.end)));
}

/** ARABIC FATHATAN, the accusative's tanween. */
const FATHATAN_MARK = new RegExp(String.fromCharCode(FATHATAN));

/** Whether a folded token is an envoy's word, behind «و» or «ب» and the article or not («والمبعوثة», «مبعوثا»). */
function isEnvoyWord(norm: string): boolean {
  return ENVOY_FORMS.has(withoutAndArticle(norm));
}

/**
 * Whether title `k` of a sentence's titles, in order, is the principal of the one right before it: written behind «ل»
 * with nothing between («المبعوث الخاص لرئيس الوزراء الياباني»), the office of who sent the first, not of who met.
 */
export function isPrincipalTitle(titles: readonly PhraseMatch<string>[], k: number): boolean {
  return k > 0 && titles[k]!.prefix.startsWith('ل') && titles[k - 1]!.end === titles[k]!.start;
}

/**
 * Whether the title at token `at` stands in construct after an envoy's word, no title itself («مبعوث رئيس وزراء
 * اليابان»): the office of who sent the envoy, as behind «ل» after a title (isPrincipalTitle).
 */
export function followsEnvoyWord(sentence: Sentence, at: number): boolean {
  return ENVOY_IN_CONSTRUCT.has(sentence.tokens[at - 1]?.norm ?? '');
}

/**
 * Whether the office at token `at` (written with `prefix`) is the one who sent an envoy: in construct after the
 * envoy's word («مبعوثة رئيس وزراء اليابان») or behind «ل» after it and its qualifier («المبعوثة الخاصة لرئيس الوزراء
 * الياباني»). That office was not at the meeting.
 */
export function isEnvoyPrincipalOffice(sentence: Sentence, at: number, prefix: string): boolean {
  if (followsEnvoyWord(sentence, at)) return true;
  const word = wordBeforePrincipal(sentence, at, prefix, false);
  return word !== undefined && ENVOY_IN_CONSTRUCT.has(word.replace(/^(?:و|ب)?ال/, ''));
}

/**
 * Whether the office at token `at`, written behind «ل», is the principal of an indefinite envoy's word right before it
 * (past its qualifier and a form of address behind the «ل»): «ممثلاً للرئيس آرثر بيتر موثاريكا», «ممثلة لرئيس الجمهورية
 * علي بونغو», «ممثلاً لفخامة رئيس الجمهورية …» name the one represented, who was not there. A definite envoy's office
 * («المبعوث الخاص لرئيس الوزراء الياباني X») introduces the envoy, X.
 */
export function isIndefiniteEnvoysPrincipal(sentence: Sentence, at: number, prefix: string): boolean {
  const word = wordBeforePrincipal(sentence, at, prefix, true)?.replace(/^و/, '');
  return word !== undefined && !word.startsWith('ال') && ENVOY_FORMS.has(word);
}

/**
 * The folded word an office behind «ل» at token `at` is the complement of, past the envoy's qualifier («الخاص») and,
 * with `throughAddress`, a form of address that carries the «ل» instead («لفخامة رئيس الجمهورية»); undefined when no
 * «ل» stands there.
 */
function wordBeforePrincipal(sentence: Sentence, at: number, prefix: string, throughAddress: boolean): string | undefined {
  let before = at - 1;
  if (!prefix.startsWith('ل')) {
    if (!throughAddress || !isAddressBehindL(sentence.tokens[before]?.norm ?? '')) return undefined;
    before--;
  }
  if (ENVOY_QUALIFIERS.has(sentence.tokens[before]?.norm ?? '')) before--;
  return sentence.tokens[before]?.norm ?? '';
}

/** Whether a folded word is a form of address behind «ل» («لفخامة», «لجلالة», «لصاحب»). */
function isAddressBehindL(norm: string): boolean {
  return norm.startsWith('ل') && ADDRESS_OPENERS.has(norm.slice(1));
}

/**
 * Whether an envoy's word stands near tokens [start, end) of a name: a former office-holder sent as an envoy takes part
 * («المبعوث الخاص لرئيس الوزراء الياباني، وزير الخارجية الأسبق ماساهيكو كومورا», «هاشيموتو ريوتارو رئيس وزراء اليابان
 * الأسبق، الذي يزور مصر حاليا بصفته مبعوثا خاصا»).
 */
export function envoyBeside(sentence: Sentence, start: number, end: number): boolean {
  for (let at = Math.max(0, start - ENVOY_BEFORE); at < Math.min(sentence.tokens.length, end + ENVOY_AFTER); at++) {
    if (isEnvoyWord(sentence.tokens[at]!.norm)) return true;
  }
  return false;
}

/**
 * Whether the name at token `start` is an envoy's or adviser's principal: in construct right after the word («مبعوث آبي», «مستشار آبي»),
 * or after an envoy's office in apposition (after a comma: the envoy was named before it) and an office behind «ل»
 * («X، المبعوث الخاص لرئيسة الوزراء اليابانية Y»); not the envoy's office introducing the envoy himself («استقبل …
 * المبعوث الخاص لرئيس الوزراء الياباني ماساهيكو كومورا»).
 */
export function isEnvoyPrincipal(sentence: Sentence, start: number): boolean {
  if (followsEnvoyWord(sentence, start) || ADVISER_IN_CONSTRUCT.has(sentence.tokens[start - 1]?.norm ?? '')) return true;
  for (let at = start - 1; at >= Math.max(1, start - PRINCIPAL_REACH); at--) {
    const adviser = isAdviserWord(sentence.tokens[at]!.norm);
    if (!isEnvoyWord(sentence.tokens[at]!.norm) && !adviser) continue;
    // (or an envoy's word in the accusative, which says what one named before came as: «… الذي يزور اليابان ممثلا
    // للرئيسة Y», «ويشارك ماشيمورا في القمة ممثلاً لرئيس الحكومة اليابانية Y»)
    // (the principal's office may stand behind an honorific with the «ل»: «ممثلاً لفخامة رئيس الجمهورية السيد X»)
    // (or behind «و» as the second office of an apposition opened by a comma a few words before: «X، عضو مجلس النواب
    // الياباني والمبعوث الخاص لرئيس الوزراء Y»)
    // (an adviser's office only right after his name and its comma: «سيلسو أموريم» after «… ناكاسوني والمستشار الخاص
    // لرئيس الجمهورية» is the adviser)
    const secondOffice = !adviser && sentence.tokens[at]!.norm.startsWith('و') && /[،,]/.test(sentence.norm.slice(sentence.tokens[Math.max(0, at - APPOSITION_WORDS)]!.start, sentence.tokens[at]!.start));
    // (a comma after the place of the meeting is no apposition: «استقبل الرئيس …، مساء أمس في طهران، المبعوث الخاص لرئيس
    // الوزراء الياباني X» introduces the envoy)
    const afterPlace = withoutProclitics(sentence.tokens[at - 1]!.norm).some((form) => CITY_WORDS.has(form));
    if ((adviser || !isAccusative(sentence, at)) && !secondOffice && (afterPlace || !/[،,]/.test(sentence.norm.slice(sentence.tokens[at - 1]!.end, sentence.tokens[at]!.start)))) return false;
    for (let office = at + 1; office < start; office++) if (/^ل(?:ل|رييس)/.test(sentence.tokens[office]!.norm) || isAddressBehindL(sentence.tokens[office]!.norm)) return true;
    return false;
  }
  return false;
}

/**
 * Whether the name at token `start` holds, on the event's day (`levelOnDay`, the gazetteer's), the office that sent an
 * envoy, written right before the name past its country or a form of address (`between`): «ماساهيكو كومورا …
 * والمبعوث الخاص لرئيس الوزراء اليابانى جونيتشيرو كويزومى» names the prime minister who sent the envoy, not the envoy;
 * a former minister sent as the envoy («المبعوث الخاص لرئيس الوزراء الياباني ماساهيكو كومورا») holds no such office.
 * Without a day (`levelOnDay` undefined) a former premier sent as envoy («… ياسو فوكودا») is left as read.
 */
export function holdsEnvoysPrincipalOffice(sentence: Sentence, titles: readonly PhraseMatch<string>[], start: number, between: (at: number) => boolean, levelOnDay: RoleLevel | undefined): boolean {
  if (levelOnDay === undefined) return false;
  const span = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
  // (a form of address read as a title, «الدكتور», stands between the office and the name)
  const title = titles.findLast((candidate) => candidate.end <= start && span(candidate.end, start).every(between) && !span(candidate.start, candidate.end).every(between));
  return title !== undefined && isEnvoyPrincipalOffice(sentence, title.start, title.prefix) && roleToLevel(title.value) === levelOnDay;
}
