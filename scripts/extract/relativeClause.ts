/** Relative pronouns, folded. */
const RELATIVE_PRONOUNS = ['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللذان', 'اللتان'];
/** Relative pronouns that open a clause («الذي تولى منصبه الشهر الماضي», «الزيارة التي قام بها … في 2018», «والتي استضافتها …»), folded. */
const RELATIVE_PRONOUN = new RegExp(`(?:^|\\s)و?(?:${RELATIVE_PRONOUNS.join('|')})(?=\\s)`, 'g');

/** Whether a folded word is a relative pronoun without «و» («الذي», «التي»). */
export function isRelativePronoun(word: string): boolean {
  return RELATIVE_PRONOUNS.includes(word);
}
/** How far back (characters) a relative pronoun still governs a position. */
const REACH = 120;

/**
 * Where the relative clause that holds position `at` of a folded sentence opens (the pronoun's start), when a relative
 * pronoun stands before it, at most `reach` characters back, with no comma or semicolon between; undefined otherwise.
 * «… لي تشيانغ، الذي تولى منصبه الشهر الماضي» → the start of «الذي» for a position in «الشهر الماضي».
 */
export function relativeClauseStart(norm: string, at: number, reach = REACH): number | undefined {
  const from = Math.max(0, at - reach);
  const before = norm.slice(from, at);
  let start: number | undefined;
  for (const match of before.matchAll(RELATIVE_PRONOUN)) start = from + match.index + (match[0].startsWith(' ') ? 1 : 0);
  if (start === undefined || /[،,؛;]/.test(norm.slice(start, at))) return undefined;
  return start;
}

/** «، إذ» opening a clause that explains the main one («…، إذ يحتفظ رئيس الوزراء بالحقيبة منذ تشرين الثاني الماضي»), folded. */
const EXPLAINING_CLAUSE = /[،,]\s?اذ(?=\s)/g;

/**
 * Where the clause aside from the main one that holds position `at` opens: a relative clause (relativeClauseStart), or
 * one after «، إذ» that explains it, with no comma between — a date there is the explanation's time, not the main
 * clause's («وترأس الجانب الياباني وزير الخارجية X، فيما ترأس الجانب الهندي Y، إذ يحتفظ … منذ تشرين الثاني الماضي»).
 * (Not for places: «، إذ وقّع الزعيمان في نيودلهي …» may tell the event itself.)
 */
export function asideClauseStart(norm: string, at: number, reach = REACH): number | undefined {
  const relative = relativeClauseStart(norm, at, reach);
  if (relative !== undefined) return relative;
  const from = Math.max(0, at - reach);
  let start: number | undefined;
  for (const match of norm.slice(from, at).matchAll(EXPLAINING_CLAUSE)) start = from + match.index + match[0].indexOf('اذ');
  if (start === undefined || /[،,؛;]/.test(norm.slice(start, at))) return undefined;
  return start;
}
