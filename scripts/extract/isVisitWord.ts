import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { PARTY_CUES } from '../../src/data/index.ts';
import { withoutProclitics } from './phraseIndex.ts';

/** Words of visits and arrival («زار», «زيارة», «وصل», «يتوجه»), folded. */
const VISIT_WORDS = new Set(PARTY_CUES.visitWords.map(normalizeForMatching));

/** Whether a folded word is a word of visit or arrival, with or without its proclitics («وزيارة», «بزيارته»). */
export function isVisitWord(word: string): boolean {
  return withoutProclitics(word).some((form) => VISIT_WORDS.has(form));
}
