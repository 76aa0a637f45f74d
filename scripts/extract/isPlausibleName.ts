import { FATHATAN, KASRATAN } from '../../src/arabic/codePoints.ts';
import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { ARABIC_STOPWORDS, isStopwordOnlyAsTaMarbuta } from '../../src/arabic/stopwords.ts';
import { GAZETTEER_NAME_WORDS as knownNameWords } from './gazetteerNameWords.ts';
import { isLongFamilyNameInH, isWrittenAli } from './readPersonName.ts';
import { afterConjunction, CITY_NAMES, GIVEN_NAMES_AMONG_STOPWORDS, GIVEN_NAMES_IN_TA_MARBUTA, GIVEN_NAMES_WITH_ARTICLE, isCommonWord, isCueWord } from './nameWords.ts';
import { hasPronounEnding, isWomansNameInH } from './pronounEndings.ts';
import { writtenSpan, type Sentence } from './sentences.ts';
import { ALL_COUNTRY_CODES, countryToNisbas } from '../../src/utils/countryNames.ts';

/** Whether tokens `start` to `end` are written with a tanween mark: an indefinite noun («يضعان إكليلاً»), which no name is. */
export function isWrittenIndefinite(sentence: Sentence, start: number, end: number): boolean {
  return TANWEEN.test(writtenSpan(sentence, sentence.tokens[start]!.start, sentence.tokens[end - 1]!.end));
}

/** The three tanween marks, FATHATAN to KASRATAN. */
const TANWEEN = new RegExp(`[${String.fromCharCode(FATHATAN)}-${String.fromCharCode(KASRATAN)}]`);
/** Words that link a name to the next («بن», «عبد»): no name ends with one. */
const LINK_WORDS = new Set(['بن', 'بنت', 'ابن', 'ال', 'ابو', 'عبد', 'ذو', 'ذي']);
/**
 * A country's nisba, indefinite and in the accusative, folded («يابانيا», «وفداً يابانياً»): an adjective, which no name
 * holds (a family name from a nisba takes the article: «السوداني», «المصري»).
 */
const ACCUSATIVE_NISBAS: ReadonlySet<string> = new Set(
  ALL_COUNTRY_CODES.flatMap((code) => countryToNisbas(code).map(normalizeForMatching).filter((nisba) => !nisba.startsWith('ال') && nisba.endsWith('ي')).map((nisba) => `${nisba}ا`)),
);
/** How many words a full name has (given name, father's, grandfather's, family) when its last word may end in ة. */
const FULL_NAME_WORDS = 4;

/**
 * Whether text read after a title can be a person's name: no stop-word or common word, no word with a pronoun
 * ending («موقف بلاده», «حفظه الله») but a woman's given or family name in «ـه» beside a feminine title («زوزانه باومان»,
 * «هيلدا هاينه»: «his» would not agree with her office), no word of meetings or quotes («بحضور دولة»), no noun in ta marbuta («مأدبة
 * غداء») unless a known name has it, it ends a full name or a name whose first word the gazetteer knows, or it opens a
 * woman's name beside a feminine title, no dangling link word at its end («عبدالعزيز بن»), no country's nisba in
 * the accusative («وفداً يابانياً»), and not a city the gazetteer knows.
 */
export function isPlausibleName(name: string, feminineTitle = false): boolean {
  const original = name.replace(/[\u064B-\u065F\u0670\u0640]/g, '').split(/\s+/).filter(Boolean);
  const words = normalizeForMatching(name).split(' ').filter(Boolean);
  if (words.length < 2 || words.length !== original.length) return words.length >= 2;
  // (a city of the gazetteer read where a name stands: «في العاصمة بوينس آيرس، المبعوثة …», behind «ب» or «ل» too: «في
  // مقر الخارجية بعشق آباد، الممثل الخاص …», as isNameWord turns away a one-word city behind them)
  if (LINK_WORDS.has(words[words.length - 1]!) || CITY_NAMES.has(words.join(' ')) || (/^[بل]/.test(words[0]!) && CITY_NAMES.has(words.join(' ').slice(1)))) return false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (knownNameWords.has(word) || (i === 0 && (GIVEN_NAMES_AMONG_STOPWORDS.has(word) || GIVEN_NAMES_WITH_ARTICLE.has(word)))) continue;
    // a stop-word, alone or behind و; not behind ف, which opens foreign names («فاي», «فيو») as often as it is a particle
    if (isWrittenAli(original[i]!)) continue;
    const behindAnd = afterConjunction(word);
    // (or behind «ل»: «لهذا البلد», «لتلك»; not «ب» or «ك», which open names as often: «باب», «كالا», «كاني»)
    const behindPreposition = word.startsWith('ل') && word.length >= 4 ? word.slice(1) : undefined;
    if ((ARABIC_STOPWORDS.has(word) && !isStopwordOnlyAsTaMarbuta(original[i]!)) || (behindAnd !== undefined && ARABIC_STOPWORDS.has(behindAnd)) || (behindPreposition !== undefined && ARABIC_STOPWORDS.has(behindPreposition)) || isCommonWord(word) || isCueWord(word) || ACCUSATIVE_NISBAS.has(word)) return false;
    // a syllable joined by a hyphen is a foreign name's («ناندي-نديتواه»): Arabic nouns with a pronoun or a ة are never hyphenated
    if (original[i]!.includes('-')) continue;
    // (the last word after a given name may be a long foreign family name, «محمود فرازنده»: read only before punctuation;
    // a woman's given or family name beside her feminine office may end in «ـه» at any length: «وزيرة الاقتصاد كاترينا رايشه»)
    if (hasPronounEnding(original[i]!, i === 0) && !(i > 0 && i === words.length - 1 && isLongFamilyNameInH(word)) && !(feminineTitle && isWomansNameInH(original[i]!))) return false;
    // a word ending in ta marbuta is a noun (مأدبة، دولة، قرابة) unless a known name has it (حمزة، أسامة) or it ends a
    // full name of four words or more, as a family name does («سميح عيسى جوهر حياة»)
    // (a woman's given name beside a feminine title is often in ة: «نائبة وزير الاستثمار سارة السيد», «وزيرة … آمنة الضحاك»)
    // or it is the family name after a given name the gazetteer knows («مجيد بوقرة», «محمد حمودة»)
    // or a given name in ة («حمزة آدن هادو», «زكية الدريوش»)
    if (original[i]!.endsWith('ة') && !GIVEN_NAMES_IN_TA_MARBUTA.has(word) && !(i === words.length - 1 && (words.length >= FULL_NAME_WORDS || knownNameWords.has(words[0]!) || GIVEN_NAMES_IN_TA_MARBUTA.has(words[0]!))) && !(i === 0 && feminineTitle)) return false;
  }
  return true;
}
