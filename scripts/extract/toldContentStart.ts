import { foldForMatching } from '../../src/arabic/fold.ts';
import { EVENT_CUES } from '../../src/data/index.ts';
import type { Token } from './tokenize.ts';

const table = EVENT_CUES.toldCounterpart;
/** A word with the conjunctions that open a sentence or clause («وأبلغ», «فأكد»), folded. */
const withConjunctions = (words: readonly string[]) => new Set(words.flatMap((word) => [word, `و${word}`, `ف${word}`]).map(foldForMatching));
const tellingVerbs = withConjunctions(table.verbs);
const tellingVerbsWithListener = withConjunctions(table.verbsWithListener);
const saidToVerbs = withConjunctions(table.saidToVerbs);
const listeners = new Set(table.listeners.map(foldForMatching));
// (journalists told, with «ل» or «و» before: «قال للصحفيين»)
const notListeners = new Set(table.notListeners.flatMap((word) => [word, `ل${word}`, `و${word}`, `ل${word.replace(/^ال/, 'ل')}`]).map(foldForMatching));
const complementizers = new Set(table.complementizers.map(foldForMatching));

/**
 * Where, in the folded sentence, what one side told the other at the talks begins: after a verb of telling with its
 * listener («وأبلغ وزير الخارجية الياباني X نظيره المصري Y خلال الاجتماع | أن بلاده …», «أكد X لنظيره Y … | أن
 * حكومته …»), the complementizer that opens what was said. Undefined when the sentence tells no one at the talks
 * anything (no such verb, no listener behind «ل», journalists told: «أبلغ إيشيبا الصحفيين أنه …»).
 */
export function toldContentStart(tokens: readonly Token[]): number | undefined {
  for (let at = 0; at < tokens.length; at++) {
    // («وأبلغه أن …»: the listener is the verb's own pronoun, and what was said may follow it right away)
    const withListener = tellingVerbsWithListener.has(tokens[at]!.norm);
    const told = withListener || tellingVerbs.has(tokens[at]!.norm);
    if (!told && !saidToVerbs.has(tokens[at]!.norm)) continue;
    // «أبلغ» takes its listener as object; «أكد», «قال» behind «ل»
    let heard = told;
    const last = Math.min(tokens.length, at + 1 + table.reach);
    for (let next = at + 1; next < last; next++) {
      const word = tokens[next]!.norm;
      if (notListeners.has(word)) break;
      if (complementizers.has(word)) {
        if (heard && (next > at + 1 || withListener)) return tokens[next]!.start;
        break;
      }
      if (!heard && word.startsWith('ل') && listeners.has(word.slice(1))) heard = true;
    }
  }
  return undefined;
}
