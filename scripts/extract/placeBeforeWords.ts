import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { PLACE_WORDS } from '../../src/data/index.ts';

/** Words before a name that make it a place, not the government it may stand for («في طوكيو», «إلى سيول», «مطار بكين»), folded. */
export const PLACE_BEFORE_WORDS: ReadonlySet<string> = new Set(PLACE_WORDS.beforePlaceNotGovernment.map(normalizeForMatching));

/** Words before «من» that make it «each of», not «from» («كل من سيئول وبكين»), folded. */
export const EACH_OF_WORDS: ReadonlySet<string> = new Set(PLACE_WORDS.eachOfBeforeMin.map(normalizeForMatching));
