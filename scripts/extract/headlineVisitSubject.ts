import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { EVENT_CUES } from '../../src/data/index.ts';
import type { Sentence } from './sentences.ts';

/** «زيارة», «قمة» (eventCues headlineSubjectNouns), folded: a headline names the subject of one right after it. */
const SUBJECT_NOUNS: ReadonlySet<string> = new Set(EVENT_CUES.headlineSubjectNouns.map(normalizeForMatching));

/**
 * Whether the person whose name (or the offices before it) opens at token `start` of the headline is named as the
 * subject of a visit or a summit («يبحثان متابعة نتائج زيارة حسينة لطوكيو», «عشية قمة آبي وثونغلون», «زيارة الرئيس
 * X»): the story may tell other people's talks about it, so the headline alone does not make them take part. A person
 * joined by «و» to one so named («قمة كيشيدا وبايدن») is one too; `earlier` are the people read before in the headline.
 */
export function isHeadlineVisitSubject(sentence: Sentence, start: number, earlier: readonly { start: number; end: number }[], joinedByAnd: boolean): boolean {
  if (sentence.index !== 0) return false;
  let at = start;
  let joined = joinedByAnd;
  for (;;) {
    const before = sentence.tokens[at - 1]?.norm;
    // (behind «و» too: «ويبحثان مشروعات التعاون وزيارة السيسي المرتقبة»)
    if (before !== undefined && (SUBJECT_NOUNS.has(before) || (before.startsWith('و') && SUBJECT_NOUNS.has(before.slice(1))))) return true;
    const previous = joined ? earlier.find((person) => person.end === at) : undefined;
    if (!previous) return false;
    at = previous.start;
    joined = sentence.tokens[at]!.norm.startsWith('و');
  }
}
