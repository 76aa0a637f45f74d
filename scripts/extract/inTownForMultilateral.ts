import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { EVENT_CUES } from '../../src/data/index.ts';

const table = EVENT_CUES.inTownFor;
/** Folded alternatives of a table's words, for a regular expression. */
const anyOf = (words: readonly string[]) => words.map(normalizeForMatching).join('|');

/**
 * «الذي يزور اليابان للمشاركة في مراسم الجنازة», «الذي يزور البلاد لحضور أعمال المؤتمر», «للمشاركة في أعمال الدورة الثامنة
 * لمؤتمر المحيط الهندي», «الذي يزور طوكيو للمشاركة في اجتماعات صندوق النقد الدولي», folded: a guest in town to take
 * part in a multilateral meeting or ceremony (eventCues.json inTownFor), whose talks beside it are no visit to the other
 * party.
 */
const IN_TOWN_FOR = new RegExp(
  `(?:^|\\s)(?:${anyOf(table.visitVerbs)})(?:\\s+\\S+){1,3}\\s+(?:${anyOf(table.purposes)}|(?:${anyOf(table.representing)})\\s+\\S+)\\s+(?:في\\s+)?(?:(?:${anyOf(table.framing)})\\s+)?` +
    `(?:(?:ال)?(?:${anyOf(table.gatherings)})|(?:ال)?(?:${anyOf(table.sessions)})\\s+\\S+\\s+لل?(?:${anyOf(table.sessionBodies)})` +
    // meetings of a gathering, not of a body of the two countries («اجتماعات اللجنة المشتركة») within reach
    `|(?:ال)?(?:${anyOf(table.meetings)})(?!(?:\\s+\\S+){0,${table.bilateralReach}}?\\s+(?:${anyOf(table.bilateralBodies)})(?:\\s|$)))`,
);

/** Whether a folded sentence says the guest came to take part in a multilateral meeting or ceremony. */
export function isInTownForMultilateral(folded: string): boolean {
  return IN_TOWN_FOR.test(folded);
}
