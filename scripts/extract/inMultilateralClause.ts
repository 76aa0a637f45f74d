import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { PARTY_CUES } from '../../src/data/index.ts';
import { relativeClauseStart } from './relativeClause.ts';
import type { Sentence } from './sentences.ts';

/** The words of a multilateral meeting («الثلاثي», «متعددة الأطراف»), folded. */
const MULTILATERAL_WORDS = PARTY_CUES.multilateralWords.map(normalizeForMatching);

/**
 * Whether token `at` stands in a relative clause about a multilateral meeting («عقب اختتام الاجتماع الثلاثي الذي ترأسه
 * رئيس مجلس الدولة الصيني لي كه تشيانغ»): who chaired or hosted it did not hold the bilateral talks told around it.
 */
export function inMultilateralClause(sentence: Sentence, at: number): boolean {
  const start = relativeClauseStart(sentence.norm, sentence.tokens[at]!.start);
  if (start === undefined) return false;
  const head = sentence.norm.slice(Math.max(0, start - HEAD_CHARS), start);
  return MULTILATERAL_WORDS.some((word) => head.includes(word));
}

/** How many characters before a relative pronoun name the thing its clause is about («الاجتماع الثلاثي»). */
const HEAD_CHARS = 24;
