import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { EVENT_CUES } from '../../src/data/index.ts';
import { withoutProclitics } from './phraseIndex.ts';

/** Words of a letter («رسالة», «برقية»: eventCues letterWords), folded. */
const letterWords: ReadonlySet<string> = new Set(EVENT_CUES.letterWords.map(normalizeForMatching));

/** Whether a folded word is a word of a letter, behind any proclitic or not («رسالة», «وبرسالة», «للرسالة»). */
export function isLetterWord(word: string): boolean {
  return withoutProclitics(word).some((form) => letterWords.has(form));
}
