// A body's short name inside an office's title («(كاريكوم)», «كين إنفست»): passed over, as no person's name.
import type { Sentence } from './sentences.ts';

/** How many words a body's short name in quotes may have («كين إنفست»). */
const QUOTED_NAME_WORDS = 3;

/**
 * The token after a body's short name in guillemets opening at `at` («كين إنفست», «جايكا»), when another word follows
 * it with only a space between; undefined otherwise. (Straight quotes set off people's names too: «نظيرته المنغولية
 * "باتمونخ باتسيتسيغ" أمس».)
 */
export function quotedShortNameEnd(sentence: Sentence, at: number): number | undefined {
  const tokens = sentence.tokens;
  if (!/«\s*$/.test(sentence.norm.slice(tokens[at - 1]!.end, tokens[at]!.start))) return undefined;
  for (let end = at + 1; end <= Math.min(tokens.length - 1, at + QUOTED_NAME_WORDS); end++) {
    const gap = sentence.norm.slice(tokens[end - 1]!.end, tokens[end]!.start);
    if (/^\s*»\s+$/.test(gap)) return end;
    if (!/^\s+$/.test(gap)) return undefined;
  }
  return undefined;
}

/** Whether a token stands alone in brackets: an acronym inside an office's name («وشؤون الجماعة الكاريبية (كاريكوم)»). */
export function inBrackets(sentence: Sentence, at: number): boolean {
  const token = sentence.tokens[at]!;
  return /\(\s*$/.test(sentence.norm.slice(Math.max(0, token.start - 3), token.start)) && /^\s*\)/.test(sentence.norm.slice(token.end, token.end + 3));
}
