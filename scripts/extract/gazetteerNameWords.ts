import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { OFFICIALS } from '../../src/data/index.ts';

/** Every word of the gazetteer's people's names and aliases, folded: a word the press uses in a known name. */
export const GAZETTEER_NAME_WORDS: ReadonlySet<string> = new Set(OFFICIALS.flatMap((official) => [official.name, ...official.aliases].flatMap((name) => normalizeForMatching(name).split(' '))));

/** The first word of every gazetteer person's Arabic name of two words or more, folded: a given name («أحمد», «حسين»). */
export const GAZETTEER_GIVEN_NAMES: ReadonlySet<string> = new Set(OFFICIALS.flatMap((official) => {
  const words = normalizeForMatching(official.name).split(' ');
  return words.length >= 2 ? [words[0]!] : [];
}));

/** The gazetteer's name words written with a hamza on their «أل»/«إل» («ألكسندر», «إلهام»), folded: names that many outlets write without it («الكسندر»), not the article. */
export const GAZETTEER_NAMES_OPENING_WITH_AL: ReadonlySet<string> = new Set(OFFICIALS.flatMap((official) =>
  [official.name, ...official.aliases].flatMap((name) => name.split(/\s+/).filter((word) => /^[أإ]ل[\u0621-\u064A]{2,}$/.test(word)).map(normalizeForMatching)),
));
