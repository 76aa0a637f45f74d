import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { isStopword } from '../../src/arabic/stopwords.ts';
import { TITLES as titleTable } from '../../src/data/index.ts';
import { inBrackets, quotedShortNameEnd } from './bodyShortName.ts';
import { ENVOY_QUALIFIERS } from './envoyWords.ts';
import { isFormerWord } from './formerOffice.ts';
import { AFFAIRS, ATTACHED_TO, hasArticle, HONORIFICS, isCueWord, isOrganisationOrItsWord, isOrganisationWord, knownNameWords, opensBalName, titleIndex } from './nameWords.ts';
import { matchPhraseAt } from './phraseIndex.ts';
import type { Sentence } from './sentences.ts';

// Where the name after an office opens: past the office's complement («وزير الخارجية والتعاون الدولي الصومالي», «سفير
// اليابان غير المقيم لدى غيانا», «المكلف بالعلاقات مع دول الكومنولث،»).


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
/**
 * «غير المقيم» (non-resident), «المنتهية ولايته» (outgoing) and their other forms, folded, as word runs: an office goes on
 * through them.
 */
const OFFICE_QUALIFIERS: readonly (readonly string[])[] = [...titleTable.nonResidentQualifiers, ...titleTable.outgoingQualifiers].map((words) => normalizeForMatching(words).split(' '));

/** How many words of a qualifier inside an office («غير المقيم», «المنتهية فترة عمله») stand at token `at`; 0 for none. */
function officeQualifierAt(sentence: Sentence, at: number): number {
  return OFFICE_QUALIFIERS.find((words) => words.every((word, k) => sentence.tokens[at + k]?.norm === word))?.length ?? 0;
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
    // «سفير اليابان غير المقيم لدى غيانا X», «سفير اليابان المنتهية ولايته لدى الكاميرون X»: the office goes on
    const qualifier = officeQualifierAt(sentence, at);
    if (qualifier > 0) at += qualifier;
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

