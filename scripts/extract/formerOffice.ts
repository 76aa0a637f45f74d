import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { TITLES as titleTable } from '../../src/data/index.ts';
import { isFeminineTitle } from './isFeminineTitle.ts';
import type { Sentence } from './sentences.ts';

/** The words of an office no longer held, folded («السابق», «الأسبق», «الراحل»). */
const FORMER_WORDS: ReadonlySet<string> = new Set(titleTable.formerQualifiers.map(normalizeForMatching));

/** Whether a folded word marks an office no longer held («السابق», «الأسبق», «الراحل»). */
export function isFormerWord(word: string): boolean {
  return FORMER_WORDS.has(word);
}

/** Whether a word of `words` lies in tokens [from, to) of the sentence. */
function hasWordIn(sentence: Sentence, words: ReadonlySet<string>, from: number, to: number): boolean {
  for (let at = Math.max(0, from); at < Math.min(to, sentence.tokens.length); at++) if (words.has(sentence.tokens[at]!.norm)) return true;
  return false;
}

/** Whether a former-office word (الأسبق، السابق، الراحل) lies in tokens [from, to). */
export function isFormer(sentence: Sentence, from: number, to: number): boolean {
  return hasWordIn(sentence, FORMER_WORDS, from, to);
}

/** How many words after a name, past its comma, an office in apposition may mark it former («X، رئيس وزراء اليابان السابق»). */
const APPOSITION_FORMER_REACH = 5;

/** Whether a name ending at token `end` is followed, past a comma, by an office marked former before the next comma. */
export function formerInApposition(sentence: Sentence, end: number): boolean {
  if (end >= sentence.tokens.length || !/[،,]/.test(sentence.norm.slice(sentence.tokens[end - 1]!.end, sentence.tokens[end]!.start))) return false;
  for (let at = end; at < Math.min(sentence.tokens.length, end + APPOSITION_FORMER_REACH); at++) {
    if (FORMER_WORDS.has(sentence.tokens[at]!.norm)) return true;
    if (at + 1 < sentence.tokens.length && /[،,.]/.test(sentence.norm.slice(sentence.tokens[at]!.end, sentence.tokens[at + 1]!.start))) return false;
  }
  return false;
}

/** The words of the late, folded («الراحل»): a late office-holder is never the guest a story tells received. */
const LATE_WORDS: ReadonlySet<string> = new Set(titleTable.lateQualifiers.map(normalizeForMatching));

/** Whether an office is marked as left («رئيس الوزراء السابق», «وزير الخارجية الأسبق»). */
export function isFormerRole(role: string): boolean {
  return normalizeForMatching(role).split(' ').some(isFormerWord);
}

/** An office marked as left («رئيس الوزراء» → «رئيس الوزراء السابق», «وزيرة الدفاع» → «وزيرة الدفاع السابقة»), unless it already is. */
export function asFormerRole(role: string): string {
  if (isFormerRole(role)) return role;
  return `${role} ${isFeminineTitle(role) ? 'السابقة' : 'السابق'}`;
}

/** Whether a word of the late («الراحل», «الراحلة») lies in tokens [from, to). */
export function isLate(sentence: Sentence, from: number, to: number): boolean {
  return hasWordIn(sentence, LATE_WORDS, from, to);
}
