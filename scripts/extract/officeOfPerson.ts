import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { STATE_WORDS } from './stateWords.ts';
import { isStopword } from '../../src/arabic/stopwords.ts';
import { TITLES as titleTable } from '../../src/data/index.ts';
import { MONTHS, RELATIVE_DAYS, WEEKDAYS } from './arabicDateWords.ts';
import { commaBetween } from './commaBetween.ts';
import { matchPhraseAt } from './phraseIndex.ts';
import { HONORIFICS, isCueWord, titleIndex } from './nameWords.ts';
import { isFormer } from './formerOffice.ts';
import { originalSpelling, type Sentence } from './sentences.ts';

/** Titles that take the role of the office met before them in the sentence («نظيره»). */
export const counterpartTitles: ReadonlySet<string> = new Set(titleTable.counterpartTitles);
/** A monarch's titles, as written in the titles table: the state word after one names the country («ملك مملكة ليسوتو»). */
const MONARCH_TITLES = new Set(titleTable.monarchTitles);
/** A prince's title, folded («الأمير»): his address when an office follows his name. */
const PRINCELY_ADDRESS: ReadonlySet<string> = new Set(titleTable.princelyAddress.map(normalizeForMatching));
/** Whether a title as written addresses the person, the office after the name being theirs: a form of address, or a prince's title. */
export function addressesPerson(title: string): boolean {
  const folded = normalizeForMatching(title);
  return isHonorific(folded) || PRINCELY_ADDRESS.has(folded);
}
/** A form of address, alone or behind «و» («والسيد أحمد …» opens the next person of a list). */
export const isHonorific = (norm: string) => HONORIFICS.has(norm) || (norm.startsWith('و') && HONORIFICS.has(norm.slice(1)));

/** A title and the portfolio written after it («وزير» + «الاستثمار»), without the country and the honorifics before the name. */
export function roleWithPortfolio(sentence: Sentence, role: string, from: number, to: number, countries: ReadonlySet<number>): string {
  const words: string[] = [];
  for (let at = from; at < to; at++) {
    const token = sentence.tokens[at]!;
    // («ملك مملكة ليسوتو»: a monarch's state word is the country's name, not a portfolio; «رئيس جمهورية سيشل» keeps it)
    if ((!/^(ال|وال|لل)/.test(token.norm) && !(STATE_WORDS.has(token.norm) && !MONARCH_TITLES.has(role))) || isHonorific(token.norm) || countries.has(at)) break;
    words.push(originalSpelling(sentence, token.start, token.end));
  }
  // a nisba closes the portfolio («وزير الاستثمار السعودي»): it is the country, not the office
  while (words.length > 1 && /ي$/.test(normalizeForMatching(words[words.length - 1]!))) words.pop();
  return words.length ? `${role} ${words.join(' ')}` : role;
}

/**
 * For a name introduced by a form of address («الدكتور», «السيد», «الشيخ») or a prince's title: the office written
 * after it in apposition («الدكتور سلطان الجابر، وزير الصناعة والتكنولوجيا المتقدمة», «الأمير تركي بن محمد بن سعود
 * الكبير وكيل وزارة الخارجية»), which is the person's role; undefined otherwise.
 */
export function officeAfterHonorific(sentence: Sentence, title: string, nameEnd: number, blocked: ReadonlySet<number>): string | undefined {
  if (!addressesPerson(title) || nameEnd >= sentence.tokens.length) return undefined;
  const office = matchPhraseAt(titleIndex, sentence.tokens, nameEnd);
  // (an office behind «و» opens the list's next person: «الأمير فيصل بن بندر بن سلطان، ونائبة وزير الاستثمار»)
  if (!office || office.prefix.startsWith('و') || HONORIFICS.has(normalizeForMatching(office.value)) || counterpartTitles.has(office.value)) return undefined;
  // the office as written, up to a comma or a country («الوزير المسؤول عن شؤون الدفاع», «وزير الصناعة والتكنولوجيا المتقدمة»)
  let end = office.end;
  // (nor past «و» and the next person's title: «معاون وزير الخارجية والسفير الياباني»)
  const nextTitle = (at: number) => sentence.tokens[at]!.norm.startsWith('و') && matchPhraseAt(titleIndex, sentence.tokens, at) !== undefined;
  // (nor into the sentence's words of meeting: «أمير البلاد المفدى | جلسة مباحثات مع …»)
  // (nor into the day of the talks: «السيد الحبيب بن يحيى وزير الشؤون الخارجية | يوم 19 ديسمبر محادثات …»)
  while (end < sentence.tokens.length && end - office.end < OFFICE_WORDS && !commaBetween(sentence, end - 1, end) && !blocked.has(end) && !isHonorific(sentence.tokens[end]!.norm) && !nextTitle(end) && !isCueWord(sentence.tokens[end]!.norm) && !opensTimeWords(sentence.tokens[end]!.norm)) end++;
  // «سفير السلطنة المعتمد لدى [اليابان]»: a preposition left before the country goes with it
  while (end > office.end && isStopword(sentence.tokens[end - 1]!.norm)) end--;
  return originalSpelling(sentence, sentence.tokens[office.start]!.start, sentence.tokens[end - 1]!.end);
}

/** The first words of days, months and weekdays, folded, and «يوم»: where a time of the talks begins, no office goes on. */
const TIME_OPENERS: ReadonlySet<string> = new Set(['يوم', ...[...MONTHS.keys(), ...WEEKDAYS.keys(), ...RELATIVE_DAYS.keys()].map((key) => key.split(' ')[0]!)]);
/** Whether a folded word opens a time («يوم», «الثلاثاء», «ديسمبر», «أمس», a number). */
function opensTimeWords(word: string): boolean {
  return /^\d/.test(word) || TIME_OPENERS.has(word);
}

/** How many words after an office (its nisba, its country) a «السابق» that makes it a former one may stand. */
const FORMER_REACH = 3;

/** The title of the office written right after a name behind a form of address («السيد X الأمين العام لوزارة الخارجية»), as the table spells it. */
export function officeTitleAfterHonorific(sentence: Sentence, title: string, nameEnd: number): string | undefined {
  if (!addressesPerson(title) || nameEnd >= sentence.tokens.length) return undefined;
  let match = matchPhraseAt(titleIndex, sentence.tokens, nameEnd);
  // an office held before («ياسو فوكودا رئيس الوزراء الياباني السابق المبعوث الخاص …») is not the one he came in: the
  // office written after the qualifier is, or none
  const former = match ? sentence.tokens.slice(match.end, match.end + FORMER_REACH).findIndex((token, k) => isFormer(sentence, match!.end + k, match!.end + k + 1)) : -1;
  if (match && former >= 0) match = matchPhraseAt(titleIndex, sentence.tokens, match.end + former + 1);
  const office = match?.value;
  // (an office behind «و» opens the list's next person: «داتو سري أنيفه أمان ووزير التجارة …»)
  return office === undefined || match!.prefix.startsWith('و') || HONORIFICS.has(normalizeForMatching(office)) || counterpartTitles.has(office) ? undefined : office;
}

/** How many words after its title an office written in apposition may have. */
const OFFICE_WORDS = 5;
