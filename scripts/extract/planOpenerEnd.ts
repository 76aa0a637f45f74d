import { FORMAT_RULES } from '../../src/data/index.ts';
import { buildPhraseIndex, findPhrases } from './phraseIndex.ts';
import type { Sentence } from './sentences.ts';

/** Words that open a clause of a plan («على أن», «من المتوقع أن», «يفترض أن»). */
const planIndex = buildPhraseIndex(FORMAT_RULES.planOpeners.map((word) => [word, true] as const));

/**
 * The token where a sentence's first plan clause begins, past its opener, or Infinity: what follows is the plan
 * («… على خطة عمل يفترض أن يوقعها الرئيس الروسي ورئيس الوزراء الياباني»), not the meeting.
 */
export function planOpenerEnd(sentence: Sentence): number {
  return findPhrases(planIndex, sentence.tokens)[0]?.end ?? Infinity;
}
