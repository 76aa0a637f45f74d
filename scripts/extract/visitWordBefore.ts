import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { PARTY_CUES } from '../../src/data/index.ts';
import { withoutProclitics } from './phraseIndex.ts';
import type { Sentence } from './sentences.ts';

/** Words of visits and arrival («زار», «زيارة», «وصل», «يتوجه»), folded. */
const VISIT_WORDS = new Set(PARTY_CUES.visitWords.map(normalizeForMatching));
/** How many words before «إلى X» a visit word may stand («وصل رئيس الوزراء الياباني فوميو كيشيدا إلى …», «الزيارة التي يقوم بها حالياً إلى …»). */
const VISIT_REACH = 7;

/** Whether a word of visit or arrival stands shortly before token `at` (with no comma between). */
export function visitWordBefore(sentence: Sentence, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - VISIT_REACH); i--) {
    if (/[،,؛;.]/.test(sentence.norm.slice(sentence.tokens[i]!.end, sentence.tokens[i + 1]!.start))) return false;
    if (withoutProclitics(sentence.tokens[i]!.norm).some((form) => VISIT_WORDS.has(form))) return true;
  }
  return false;
}
