// Arabic stop-words from the `stopword` package (the stopwords-iso list), in the matching form of fold.ts.
import stopword from 'stopword';
import { normalizeForMatching } from './fold.ts';
import { wordShapeSlot, wordShapeTable } from './wordShape.ts';

/** Folded Arabic stop-words: في، من، على، إلى، أن، التي … */
export const ARABIC_STOPWORDS: ReadonlySet<string> = new Set(stopword.ara.map(normalizeForMatching));

/** The stop-words' shapes: a word of another shape is no stop-word, and is not looked up (asked of most words of a page). */
const STOPWORD_SHAPES = wordShapeTable(ARABIC_STOPWORDS);

/** Whether a folded word is a stop-word, alone or behind و / ف (وأن، فقد). */
export function isStopword(word: string): boolean {
  const length = word.length;
  if (length === 0) return ARABIC_STOPWORDS.has(word);
  const last = word.charCodeAt(length - 1);
  if (STOPWORD_SHAPES[wordShapeSlot(word.charCodeAt(0), last, length)] === 1 && ARABIC_STOPWORDS.has(word)) return true;
  const first = word[0];
  return (first === 'و' || first === 'ف') && length > 2 && STOPWORD_SHAPES[wordShapeSlot(word.charCodeAt(1), last, length - 1)] === 1 && ARABIC_STOPWORDS.has(word.slice(1));
}
