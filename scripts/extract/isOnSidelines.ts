/** «على هامش» (on the sidelines of), folded: a meeting held where a multilateral one was. */
const SIDELINES = /(?:^|\s)(?:علي|و?علي) هامش\s/;

/** Whether a folded sentence says its meeting was held on the sidelines of another («… على هامش قمة مجموعة العشرين»). */
export function isOnSidelines(folded: string): boolean {
  return SIDELINES.test(folded);
}
