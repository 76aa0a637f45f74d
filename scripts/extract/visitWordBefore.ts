import { isVisitWord } from './isVisitWord.ts';
import type { Sentence } from './sentences.ts';
/** How many words before «إلى X» a visit word may stand («وصل رئيس الوزراء الياباني فوميو كيشيدا إلى …», «الزيارة التي يقوم بها حالياً إلى …»). */
const VISIT_REACH = 7;

/** Whether a word of visit or arrival stands shortly before token `at` (with no comma between). */
export function visitWordBefore(sentence: Sentence, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - VISIT_REACH); i--) {
    if (/[،,؛;.]/.test(sentence.norm.slice(sentence.tokens[i]!.end, sentence.tokens[i + 1]!.start))) return false;
    if (isVisitWord(sentence.tokens[i]!.norm)) return true;
  }
  return false;
}
