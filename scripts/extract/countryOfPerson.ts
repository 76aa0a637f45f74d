import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { STATE_WORDS } from './stateWords.ts';
import { HOME_COUNTRY } from '../../src/config.ts';
import { TITLES as titleTable } from '../../src/data/index.ts';
import { commaBetween } from './commaBetween.ts';
import type { CountryOccurrence } from './findCountries.ts';
import { JAPANESE_SHAPE_SURE, japaneseNameProbability } from './japaneseNameShape.ts';
import { matchPhraseAt } from './phraseIndex.ts';
import { opensWithListConjunction } from './readPersonName.ts';
import { ATTACHED_TO, titleIndex } from './nameWords.ts';
import type { Sentence } from './sentences.ts';

/** The first words of the offices («نائب», «مساعد», «وزير» …): a list's next member opens with one behind «و». */
const TITLE_OPENERS = new Set(titleTable.titles.map((title) => normalizeForMatching(title).split(' ')[0]!));

/** Whether a country's name at token `at` follows «في», its state word between or not («رئيس الجمعية الوطنية في جمهورية كوت ديفوار»). */
function afterIn(sentence: Sentence, at: number): boolean {
  const before = sentence.tokens[at - 1]?.norm;
  return before === 'في' || (before !== undefined && STATE_WORDS.has(before) && sentence.tokens[at - 2]?.norm === 'في');
}

/** Whether a folded word is «وفد» or «وفود» (a delegation), with «ال», «و» or «ل» before: a country right after one is the delegation's («الوفد الفيتنامي», «وفد بيونغ يانغ»). */
export function isDelegationWord(word: string): boolean {
  return /^(ال|و|ل)?(وفد|وفود)$/.test(word.replace(/^وال/, 'ال'));
}

/** The country of a person a title introduces: a nisba or name between title and name, after the name in apposition, before the title, the delegation's or the side's the sentence lists. */
export function countryNear(sentence: Sentence, inSentence: CountryOccurrence[], titleStart: number, titleEnd: number, nameStart: number, nameEnd: number): string | undefined {
  // a nisba or name between the title and the name ("وزير الخارجية الياباني X", "وزير خارجية اليابان X", "المدير العام
  // لمكتب شؤون آسيا في وزارة الخارجية اليابانية X")
  // («سفير … لدى اليابان X»: the country after «لدى» is the host, not the ambassador's)
  const afterTitle = inSentence.find((country) => country.start >= titleEnd && country.end <= nameStart && sentence.tokens[country.start - 1]?.norm !== ATTACHED_TO);
  if (afterTitle) return afterTitle.code;
  // apposition: "X، نائب وزير الشؤون الخارجية الياباني"; or a second title after the name: "الأمير X وزير الداخلية السعودي"
  const apposition = nameEnd <= titleStart;
  // (a title behind the list's «و» is the next person's: «كاتب الدولة X ونائب وزير الشؤون الخارجية الياباني Y»)
  const after = !apposition && nameEnd < sentence.tokens.length ? matchPhraseAt(titleIndex, sentence.tokens, nameEnd) : undefined;
  const titleAfterName = after && !after.prefix.startsWith('و') ? after : undefined;
  const afterName = apposition
    ? inSentence.find((country) => (country.kind === 'nisba' || afterIn(sentence, country.start)) && country.start >= nameEnd && country.start <= titleEnd + 3 && !commaBetween(sentence, titleEnd - 1, country.start))
    : titleAfterName &&
      inSentence.find(
        (country) =>
          // a nisba, or a country's name in construct with the title («X سفير مصر لدى اليابان»)
          (country.kind === 'nisba' || country.start === titleAfterName.end) &&
          country.start >= titleAfterName.end &&
          country.start <= titleAfterName.end + 2 &&
          !commaBetween(sentence, nameEnd - 1, country.start) &&
          // «… معاون وزير الخارجية والسفير الياباني»: the nisba of the next person's title
          !Array.from({ length: country.start - titleAfterName.end }, (_, k) => titleAfterName.end + k).some((at) => matchPhraseAt(titleIndex, sentence.tokens, at) !== undefined),
      );
  if (afterName) return afterName.code;
  // "نظيره السعودي الأمير X" (not a nisba closing the previous person's office before a comma: «X، المدير العام … في
  // الخارجية اليابانية، ونظيره Y»)
  const beforeTitle = inSentence.find((country) => country.kind === 'nisba' && country.end === titleStart && !commaBetween(sentence, country.end - 1, titleStart));
  if (beforeTitle) return beforeTitle.code;
  // the delegation the sentence is about: "ترأس الوفد الفيتنامي …"
  const delegation = inSentence.filter((country) => country.start < nameStart && country.start > 0 && isDelegationWord(sentence.tokens[country.start - 1]!.norm)).pop();
  // the side a list is about: «وشارك من الجانب الصيني A و B ووزير المالية C، ومن الجانب الياباني D» (the nearest
  // «الجانب X» before the name, in the same clause)
  // (the nearest «الجانب» counts even when its nisba is unknown: «فيما ترأس الجانب البنغالي …» is no Japanese side)
  const sideWord = sentence.tokens.slice(0, nameStart).findLastIndex((token) => /^(ال|وال|بال|لل)?جانب$/.test(token.norm));
  // (a side named after the delegation is the nearer: «ترأس X وفد دولة قطر …، فيما ترأس الجانب الياباني Y …، وZ …»)
  if (delegation && sideWord < delegation.start) return delegation.code;
  const side = sideWord >= 0 ? inSentence.find((country) => country.start === sideWord + 1 && country.end <= nameStart) : undefined;
  if (!side || /\s(?:فيما|بينما|حين)\s/.test(sentence.norm.slice(sentence.tokens[side.end - 1]!.end, sentence.tokens[nameStart]!.start))) return undefined;
  // the side's list goes on past a comma that opens its next member with «و» and an office («فيما مثل الجانب الياباني
  // المدير العام … A، ونائب المدير العام … B»), not past one that opens a clause («، وقال …»)
  // (or opens this person's own office with a first word of an office, «ونائب المدير العام» where the index holds «المدير
  // العام» only)
  for (let at = side.end; at <= nameStart; at++) {
    if (!commaBetween(sentence, at - 1, at)) continue;
    const office = matchPhraseAt(titleIndex, sentence.tokens, at);
    const word = sentence.tokens[at]!.norm;
    const opensOwnOffice = word.startsWith('و') && TITLE_OPENERS.has(word.slice(1)) && titleStart >= at && titleStart <= at + 1;
    // (or this person's own name behind the list's «و», the office after it: «…، وأكيهيسا ناجاشيما مستشار رئيس الوزراء»)
    const opensOwnName = at === nameStart && opensWithListConjunction(sentence, at);
    // (a comma before the office of a member named before it is the member's apposition: «… الياباني A، مدير عام …، وB، …»)
    if (!(office !== undefined && (office.prefix === 'و' || office.prefix === '') && office.end <= nameStart) && !opensOwnOffice && !opensOwnName) return undefined;
  }
  return side.code;
}

/**
 * The country of the list a title opens after a comma and «و», among those who attended («وحضر اللقاء وزيرة الخارجية
 * الكينية رايتشل أومامو، ووزير الخزانة أوكور ياتاني»): the previous person's, unless the name is surely Japanese and
 * that person is not.
 */
export function countryOfListBefore(sentence: Sentence, titleStart: number, name: string, named: readonly { end: number; country: string }[]): string | undefined {
  if (!opensWithListConjunction(sentence, titleStart)) return undefined;
  const previous = named.filter((person) => person.end <= titleStart).sort((a, b) => a.end - b.end).at(-1);
  if (!previous?.country) return undefined;
  return previous.country === HOME_COUNTRY || japaneseNameProbability(name) < JAPANESE_SHAPE_SURE ? previous.country : undefined;
}
