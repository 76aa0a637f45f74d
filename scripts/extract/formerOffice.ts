import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { TITLES as titleTable } from '../../src/data/index.ts';
import { isFeminineTitle, isFormerWord } from './readPersonName.ts';
import type { Sentence } from './sentences.ts';

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
  for (let at = Math.max(0, from); at < Math.min(to, sentence.tokens.length); at++) if (LATE_WORDS.has(sentence.tokens[at]!.norm)) return true;
  return false;
}
