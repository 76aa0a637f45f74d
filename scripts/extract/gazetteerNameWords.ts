import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { OFFICIALS } from '../../src/data/index.ts';

/** Every word of the gazetteer's people's names and aliases, folded: a word the press uses in a known name. */
export const GAZETTEER_NAME_WORDS: ReadonlySet<string> = new Set(OFFICIALS.flatMap((official) => [official.name, ...official.aliases].flatMap((name) => normalizeForMatching(name).split(' '))));
