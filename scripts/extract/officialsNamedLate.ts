import type { Official } from '../../src/schemas/event.ts';
import { foldedSpellings } from './multiWordSpellings.ts';
import { delegationLeadIndex } from './namesParticipants.ts';
import { findPhrases } from './phraseIndex.ts';
import { ledeParagraphOf, type Sentence } from './sentences.ts';

/** A one-word spelling as a token may carry it: behind a conjunction or a preposition («وكومورا», «لأجاويد»), folded. */
const PROCLITICS = /^(?:و|ف|ب|ل|وب|ول|فب|فل)?/;

/**
 * The people listed as taking part whom neither the headline, nor the lede, nor the paragraph after it names, by a
 * spelling of their name, its last word or a one-word alias («كومورا», «أجاويد»), nor a word of a delegation's lead
 * where they are first named («وقاد الوفد الهندي X»): found only further down, they are of another
 * meeting of the same visit or named in passing about as often as one in four (the corpora, 2026-12-04), so an editor
 * confirms them.
 */
export function officialsNamedLate(sentences: readonly Sentence[], officials: readonly Pick<Official, 'name' | 'aliases'>[]): string[] {
  const lede = ledeParagraphOf(sentences);
  const opening = sentences.filter((sentence) => sentence.index === 0 || (sentence.paragraph >= 0 && sentence.paragraph <= lede + 1));
  // each sentence's words once: every official's every word asks them
  const sentenceWords = new Map<Sentence, Set<string>>();
  const wordsOf = (sentence: Sentence) => {
    let words = sentenceWords.get(sentence);
    if (words === undefined) sentenceWords.set(sentence, (words = new Set(sentence.tokens.flatMap((token) => [token.norm, token.norm.replace(PROCLITICS, '')]))));
    return words;
  };
  const openingWords = new Set(opening.flatMap((sentence) => [...wordsOf(sentence)]));
  return officials
    .filter((official) => {
      const folded = foldedSpellings(official);
      const spellings = folded.filter((spelling) => spelling.includes(' '));
      // the last word of a full name, or a one-word alias («أجاويد»)
      const words = [...spellings.map((spelling) => spelling.slice(spelling.lastIndexOf(' ') + 1)), ...folded.filter((spelling) => !spelling.includes(' '))].filter((word) => word.length >= 3);
      const names = (sentence: Sentence) => spellings.some((spelling) => sentence.norm.includes(spelling)) || words.some((word) => wordsOf(sentence).has(word));
      if (opening.some((sentence) => spellings.some((spelling) => sentence.norm.includes(spelling))) || words.some((word) => openingWords.has(word))) return false;
      // named first with a word of a delegation's lead («وقاد الوفد الهندي X»): there
      const first = sentences.find(names);
      return !(first && findPhrases(delegationLeadIndex, first.tokens).length > 0);
    })
    .map((official) => official.name);
}
