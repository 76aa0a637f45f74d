import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { isStopword } from '../../src/arabic/stopwords.ts';
import { TITLES as titleTable } from '../../src/data/index.ts';

// Whether a word read where a name may stand ends in a possessive pronoun («بلاده», «نظيره»), a noun then, or in letters
// a foreign name ends in too («بانجيكيدزه», «زوزانه»).

/** A pronoun ending on a word (تقديره، بلاده، حكومتها): a noun with a possessor, not part of a name; «الله» is one. */
const PRONOUN_ENDING = /[^ةل]ه$|ها$|هما$|هم$|كم$/;

/** A word after a given name ending in «ـيه» after a consonant, not behind «و». */
const FAMILY_NAME_YEH = /^[^و].*[^يوا]يه$/;

/** Endings of foreign family names that read as a pronoun's (titles.json nameEndingsNotPronouns: Georgian «ـدزه»). */
const NAME_ENDINGS_NOT_PRONOUNS = titleTable.nameEndingsNotPronouns;

/**
 * Whether a word as written carries a possessive pronoun: «الله» does not, nor a foreign syllable of three letters
 * that ends in ه («كوه» Koh, «شاه»), which no noun with «ـه» is once the particles (منه، عنه، فيه) are stop-words.
 */
export function hasPronounEnding(word: string, first = true): boolean {
  if (NAME_ENDINGS_NOT_PRONOUNS.some((ending) => word.endsWith(ending))) return false;
  // after a given name, «ـيه» is a French or Portuguese family name's «-ier», «-é» («مارك فورنيه مولنيه»), not a plural
  // noun's «his» («ومساعديه» opens with «و»)
  if (!first && FAMILY_NAME_YEH.test(word)) return false;
  return (PRONOUN_ENDING.test(word) && !word.endsWith('الله') && !(word.length <= 3 && word.endsWith('ه'))) || isParticleWithPronoun(word);
}

/**
 * Whether a word as written ends in «ـه» as a woman's given name may (Susanne «زوزانه», Marianne «ماريانه», Anke «أنكه»),
 * a noun with «his» otherwise: no «ها» or «هم», no particle with the pronoun («عليه»).
 */
export function isWomansNameInH(word: string): boolean {
  return /[^ه]ه$/.test(word) && word.length >= 4 && !isParticleWithPronoun(word);
}

/** A particle with a pronoun («خلاله», «بينهما», «لديه»): the ending test passes «…له» for Italian names («ميشيله»), not these. */
function isParticleWithPronoun(word: string): boolean {
  // the ending as written: folding makes a final «ة» an «ه» («أمينة»)
  const stem = /^(.{2,}?)(?:هما|هم|ها|ه)$/.exec(word)?.[1];
  return stem !== undefined && isStopword(normalizeForMatching(stem));
}
