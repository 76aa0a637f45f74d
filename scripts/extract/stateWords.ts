import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { TITLES } from '../../src/data/index.ts';

/** Words of a state in an office's title, folded («جمهورية», «مملكة», «دولة»: titles.json stateWords). */
export const STATE_WORDS: ReadonlySet<string> = new Set(TITLES.stateWords.map(normalizeForMatching));
