import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { COUNTRY_DATA, TITLES } from '../../src/data/index.ts';
import { AMBIGUOUS_COUNTRY_TERMS } from '../../src/utils/countryNames.ts';
import type { CountryOccurrence } from './findCountries.ts';
import { PLACE_ONLY_NAMES } from './placeOnlyNames.ts';
import { titlesIn } from './nameWords.ts';
import { roleToLevel } from './roleToLevel.ts';
import type { Sentence } from './sentences.ts';

/**
 * The ambiguous terms (countries.json ambiguousTerms) that are a name of ambiguousNamesAsPlaces («مالي», financial) or
 * its nisba («المالي», «المالية»), and the nisbasAfterTitles («القمري»), folded, with their country.
 */
const AMBIGUOUS_WORDS: ReadonlyMap<string, string> = new Map([
  ...AMBIGUOUS_COUNTRY_TERMS.map(normalizeForMatching).flatMap((term) => {
    const code = PLACE_ONLY_NAMES.get(term.replace(/^ال/, '').replace(/ه$/, ''));
    return code ? [[term, code] as const] : [];
  }),
  // and the nisbas read only there («الرئيس القمري»: Comoros', not lunar)
  ...Object.entries(COUNTRY_DATA.nisbasAfterTitles).map(([nisba, code]) => [normalizeForMatching(nisba), code] as const),
]);
/** Levels of the offices a nationality follows («الرئيس المالي», «وزيرة الخارجية … المالية»): a leader's or a minister's, not an adviser's or a director's («المستشار المالي»). */
const POLITICAL_LEVELS = new Set(['leader', 'foreignMinister', 'defenceMinister', 'economyMinister', 'minister']);
/** «نظيره», «نظيرته» …: the counterpart of a minister or leader named before. */
const COUNTERPARTS: ReadonlySet<string> = new Set(TITLES.counterpartTitles);
/** A portfolio joined to a minister's title, folded, and its adjective («والتعاون الدولي»): the nisba comes after them. */
const JOINED_PORTFOLIO = /^وال\S{2,}$/;
const ADJECTIVE = /^ال\S{2,}$/;

/**
 * The ambiguous names and nisbas of a sentence that stand where only a country can: right after a leader's or a
 * minister's title (and the portfolios joined to it), the nisba of the office-holder («الرئيس المالي المؤقت», «وزيرة
 * الخارجية والتعاون الدولي المالية», «نظيرته المالية») or the country in construct («لرئيس مالي المؤقت»). «وزير المالية»
 * is a title of its own, the finance minister, and «المستشار المالي» no political office.
 */
export function ambiguousNisbasAfterTitles(sentence: Sentence): CountryOccurrence[] {
  const found: CountryOccurrence[] = [];
  // (most sentences hold none of the words: the titles are looked for only where one stands)
  if (!sentence.tokens.some((token) => AMBIGUOUS_WORDS.has(token.norm))) return found;
  for (const title of titlesIn(sentence)) {
    // (a bare title is the definite one's office in construct: «رئيس مالي» is the president)
    if (!COUNTERPARTS.has(title.value) && !POLITICAL_LEVELS.has(roleToLevel(title.value) ?? roleToLevel(`ال${title.value}`) ?? '')) continue;
    let at = title.end;
    while (at < sentence.tokens.length && JOINED_PORTFOLIO.test(sentence.tokens[at]!.norm)) at += ADJECTIVE.test(sentence.tokens[at + 1]?.norm ?? '') && !AMBIGUOUS_WORDS.has(sentence.tokens[at + 1]!.norm) ? 2 : 1;
    const word = sentence.tokens[at]?.norm ?? '';
    const code = AMBIGUOUS_WORDS.get(word);
    // (the bare name only in construct after the title itself, «رئيس مالي»; a nisba takes the article)
    const kind = word.startsWith('ال') ? 'nisba' : at === title.end && !sentence.tokens[title.start]!.norm.replace(/^[وبل]/, '').startsWith('ال') ? 'name' : undefined;
    if (code && kind) found.push({ code, kind, sentence: sentence.index, start: at, end: at + 1, conjoined: false });
  }
  return found;
}
