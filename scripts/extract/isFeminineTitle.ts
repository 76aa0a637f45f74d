/** Whether a title as written is a woman's («وزيرة الخارجية», «نائبة وزير الاستثمار», «السفيرة»): its first word ends in ة. */
export function isFeminineTitle(title: string): boolean {
  return /ة$/.test(title.split(' ')[0]!);
}

/** Whether a delegation's lead is told of a woman, its verb as written in the feminine past («وترأست الجانب», «قادت الوفد»), not «برئاسة». */
export function isFeminineLead(lead: string): boolean {
  return /ت$/.test(lead.split(' ')[0]!);
}
