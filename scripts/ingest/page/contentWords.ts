import { isStopword } from '../../../src/arabic/stopwords.ts';
import type { LineFeatures } from './lineFeatures.ts';

/** Proclitics and the article taken off content words before they are compared («والعلاقات» ~ «العلاقات» ~ «علاقات»). */
const LEADS = ['وال', 'بال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'];

const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** Content words of a line: folded, not stop-words, three letters or more, without proclitics and the article. */
export function contentWords(features: LineFeatures): Set<string> {
  const words = new Set<string>();
  // words, not space-separated pieces: «الزنزري،» in the lede is the headline's «الزنزري»
  for (const word of features.key.split(NOT_WORD)) {
    if (word.length < 3 || isStopword(word)) continue;
    const lead = LEADS.find((prefix) => word.startsWith(prefix) && word.length - prefix.length >= 3);
    words.add(lead ? word.slice(lead.length) : word);
  }
  return words;
}
