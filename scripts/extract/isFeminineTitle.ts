/** Whether a title as written is a woman's («وزيرة الخارجية», «نائبة وزير الاستثمار», «السفيرة»): its first word ends in ة. */
export function isFeminineTitle(title: string): boolean {
  return /ة$/.test(title.split(' ')[0]!);
}
