import { TITLES } from '../../src/data/index.ts';
import { afterAttendanceWord } from './namesParticipants.ts';
import { buildPhraseIndex, matchPhraseAt } from './phraseIndex.ts';
import { nameAfter } from './readPersonName.ts';
import type { Sentence } from './sentences.ts';

/** Nouns of an office no title holds («المستشار», «المسؤول», «الوزير المفوض») → the role written for the member («مستشار»). */
const memberOfficeIndex = buildPhraseIndex(Object.entries(TITLES.memberOffices));

/** A delegation member read at tokens [start, end), with the role of the office noun written after the name. */
export interface DelegationMember {
  start: number;
  end: number;
  office: string;
}

/**
 * The members a sentence names right after a word of attendance or of accompanying its delegation's head, the head's
 * lead before («وترأس الجانب الصيني X، ويرافقه وو قوي هوي المسؤول في اللجنة الوطنية …»), whose office after the name is
 * a noun no title holds (titles.json memberOffices): the office ends the name, which no title would read. A name with
 * no such office after it is not read here («يرافقه وفد رفيع المستوى»).
 */
export function delegationMembersIn(sentence: Sentence, blocked: Set<number>): DelegationMember[] {
  const members: DelegationMember[] = [];
  for (let at = 1; at < sentence.tokens.length; at++) {
    if (blocked.has(at) || !afterAttendanceWord(sentence, at)) continue;
    const span = nameAfter(sentence, at, blocked);
    if (!span) continue;
    // (the name reader takes an office noun with the article for a family name: «توشيهيسا تاكاتا المستشار»)
    const last = Math.min(span[1], sentence.tokens.length - 1);
    for (let end = span[0] + 2; end <= last; end++) {
      const office = matchPhraseAt(memberOfficeIndex, sentence.tokens, end);
      if (office === undefined) continue;
      members.push({ start: span[0], end, office: office.value });
      break;
    }
  }
  return members;
}

