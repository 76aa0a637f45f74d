import { normalizeForMatching } from '../../src/arabic/fold.ts';
import type { Official } from '../../src/schemas/event.ts';
import { multiWordSpellings } from './multiWordSpellings.ts';
import { ledeParagraphOf, type Sentence } from './sentences.ts';

/** A one-word spelling as a token may carry it: behind a conjunction or a preposition («وكومورا», «لأجاويد»), folded. */
const PROCLITICS = /^(?:و|ف|ب|ل|وب|ول|فب|فل)?/;

/**
 * The people listed as taking part whom neither the headline, nor the lede, nor the paragraph after it names, by a
 * spelling of their name, its last word or a one-word alias («كومورا», «أجاويد»): found only further down, they are of
 * another meeting of the same visit or named in passing about as often as one in four (the corpora, 2026-12-04), so an
 * editor confirms them.
 */
export function officialsNamedLate(sentences: readonly Sentence[], officials: readonly Pick<Official, 'name' | 'aliases'>[]): string[] {
  const lede = ledeParagraphOf(sentences);
  const opening = sentences.filter((sentence) => sentence.index === 0 || (sentence.paragraph >= 0 && sentence.paragraph <= lede + 1));
  const openingWords = new Set(opening.flatMap((sentence) => sentence.tokens.map((token) => token.norm.replace(PROCLITICS, ''))).concat(opening.flatMap((sentence) => sentence.tokens.map((token) => token.norm))));
  return officials
    .filter((official) => {
      const spellings = multiWordSpellings(official);
      if (opening.some((sentence) => spellings.some((spelling) => sentence.norm.includes(spelling)))) return false;
      // the last word of a full name, or a one-word alias («أجاويد»)
      const words = [...spellings.map((spelling) => spelling.slice(spelling.lastIndexOf(' ') + 1)), ...[official.name, ...official.aliases].map(normalizeForMatching).filter((spelling) => !spelling.includes(' '))];
      return !words.some((word) => word.length >= 3 && openingWords.has(word));
    })
    .map((official) => official.name);
}
