// Arabic stop-words from the `stopword` package (the stopwords-iso list), in the matching form of fold.ts.
import stopword from 'stopword';
import { normalizeForMatching } from './fold.ts';

/** Folded Arabic stop-words: في، من، على، إلى، أن، التي … */
export const ARABIC_STOPWORDS: ReadonlySet<string> = new Set(stopword.ara.map(normalizeForMatching));

/** Whether a folded word is a stop-word, alone or behind و / ف (وأن، فقد). */
export function isStopword(word: string): boolean {
  if (ARABIC_STOPWORDS.has(word)) return true;
  const first = word[0];
  return (first === 'و' || first === 'ف') && word.length > 2 && ARABIC_STOPWORDS.has(word.slice(1));
}

/** The list's own spellings, unfolded: «قوة» with its ta marbuta. */
const WRITTEN_STOPWORDS: ReadonlySet<string> = new Set(stopword.ara);

/**
 * Whether a word as written with a final «ه» is a stop-word only as the fold of the list's «…ة»: «قوه» (Guo, «داي بينغ
 * قوه») folds as «قوة» (strength) does, but is written as a foreign syllable.
 */
export function isStopwordOnlyAsTaMarbuta(written: string): boolean {
  return written.endsWith('ه') && !WRITTEN_STOPWORDS.has(written) && WRITTEN_STOPWORDS.has(`${written.slice(0, -1)}ة`);
}
