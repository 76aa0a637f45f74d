/**
 * «الذي يزور اليابان للمشاركة في مراسم الجنازة», «الذي يزور البلاد لحضور أعمال المؤتمر», «للمشاركة في أعمال الدورة الثامنة لمؤتمر المحيط الهندي», folded: a guest in town to take
 * part in a multilateral meeting or ceremony, whose talks beside it are no visit to the other party.
 */
const IN_TOWN_FOR = /(?:^|\s)(?:ي|ت)زور(?:\s+\S+){1,3}\s+(?:للمشاركه|لحضور|لتمثيل\s+\S+)\s+(?:في\s+)?(?:اعمال\s+|فعاليات\s+)?(?:(?:ال)?(?:موتمر|قمه|منتدي|مراسم|جمعيه|معرض|حفل)|(?:ال)?دوره\s+\S+\s+لل?(?:موتمر|قمه|منتدي|جمعيه))/;

/** Whether a folded sentence says the guest came to take part in a multilateral meeting or ceremony. */
export function isInTownForMultilateral(folded: string): boolean {
  return IN_TOWN_FOR.test(folded);
}
