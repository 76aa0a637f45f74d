import { isStopword } from '../../../src/arabic/stopwords.ts';
import type { LineFeatures } from './lineFeatures.ts';
import { PAIR, STARTS_WORD, WORD_CLASS, wordClassAt } from './wordClass.ts';

/** Proclitics and the article taken off content words before they are compared («والعلاقات» ~ «العلاقات» ~ «علاقات»). */
const LEADS = ['وال', 'بال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'];

/** Content words of a line: folded, not stop-words, three letters or more, without proclitics and the article. */
export function contentWords(features: LineFeatures): Set<string> {
  const words = new Set<string>();
  const key = features.key;
  // words, not space-separated pieces: «الزنزري،» in the lede is the headline's «الزنزري» (runs of \p{L}\p{N}, read by
  // a loop over the code units rather than a split by pattern: this runs on every line that may be the headline)
  for (let at = 0; at < key.length; ) {
    const start = at;
    let kind = WORD_CLASS[key.charCodeAt(at)] || wordClassAt(key, at);
    if ((kind & STARTS_WORD) === 0) {
      at += kind & PAIR ? 2 : 1;
      continue;
    }
    do {
      at += kind & PAIR ? 2 : 1;
      kind = at < key.length ? WORD_CLASS[key.charCodeAt(at)] || wordClassAt(key, at) : 0;
    } while (kind & STARTS_WORD);
    if (at - start < 3) continue;
    const word = key.slice(start, at);
    if (isStopword(word)) continue;
    let lead: string | undefined;
    for (const prefix of LEADS) {
      if (word.startsWith(prefix) && word.length - prefix.length >= 3) {
        lead = prefix;
        break;
      }
    }
    words.add(lead ? word.slice(lead.length) : word);
  }
  return words;
}
