import { foldForMatching } from '../../src/arabic/fold.ts';
import { EVENT_CUES } from '../../src/data/index.ts';

/** Verbs that report («ذكرت», «قال», «أفادت»: eventCues quoteVerbs), folded, with the و or ف a sentence opens with. */
const reportVerbs: ReadonlySet<string> = new Set(EVENT_CUES.quoteVerbs.flatMap((verb) => [verb, `و${verb}`, `ف${verb}`]).map(foldForMatching));

/** Whether a folded word is a verb that reports, alone or behind «و» / «ف» («وقالت», «فأعلن»). */
export function isReportVerb(word: string): boolean {
  return reportVerbs.has(word);
}
