import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { EVENT_CUES } from '../../src/data/index.ts';
import { buildPhraseIndex, findPhrases, type PhraseMatch } from './phraseIndex.ts';
import type { Sentence } from './sentences.ts';

const absenceIndex = buildPhraseIndex(EVENT_CUES.absenceFrames.map((frame) => [frame, true] as const));
const notAbsenceIndex = buildPhraseIndex(EVENT_CUES.notAbsenceFrames.map((phrase) => [phrase, true] as const));

/** How many words after a frame («نقل تحيات», «مثنيا على جهود») the person it speaks of may stand. */
const ABSENCE_REACH = 4;

const governmentWords = new Set(EVENT_CUES.governmentHeads.governmentWords.map(normalizeForMatching));
const headIndex = buildPhraseIndex(EVENT_CUES.governmentHeads.headWords.map((word) => [word, true] as const));

/** The words naming a government's head a few words after the government («الحكومة اليابانية الجديدة برئاسة …»), as frames. */
function governmentHeadFrames(sentence: Sentence): PhraseMatch<boolean>[] {
  const heads = findPhrases(headIndex, sentence.tokens);
  return heads.filter((head) => sentence.tokens.slice(Math.max(0, head.start - EVENT_CUES.governmentHeads.reach), head.start).some((token) => governmentWords.has(token.norm)));
}

/** The frames of a sentence that speak of someone who was not there («نقل تحيات X», «مثنيا على جهود X», «الحكومة … برئاسة X»). */
export function absenceFramesOf(sentence: Sentence): PhraseMatch<boolean>[] {
  const frames = [...findPhrases(absenceIndex, sentence.tokens), ...governmentHeadFrames(sentence)];
  if (frames.length === 0) return frames;
  // («مجلس إدارة الاتحاد»: a board, whose chairman is named after it)
  const otherSenses = findPhrases(notAbsenceIndex, sentence.tokens);
  return otherSenses.length === 0 ? frames : frames.filter((frame) => !otherSenses.some((phrase) => phrase.start <= frame.start && frame.end <= phrase.end));
}

/** Whether the word at `at` stands right after one of the frames, as the person it speaks of. */
export function isAbsent(at: number, frames: readonly PhraseMatch<boolean>[]): boolean {
  return frames.some((frame) => frame.end <= at && at - frame.end <= ABSENCE_REACH);
}
