import { RELATION_WORDS, SPAN_WORDS } from './timeRelationWords.ts';
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
  return lastOpenerBefore(norm, at, reach, RELATIVE_PRONOUN, (match) => (match[0].startsWith(' ') ? 1 : 0));
}

/**
 * Where the last match of `opener` within `reach` characters before `at` opens its clause (`offset` into the match),
 * when no comma or semicolon stands between it and `at`; undefined otherwise.
 */
function lastOpenerBefore(norm: string, at: number, reach: number, opener: RegExp, offset: (match: RegExpExecArray) => number): number | undefined {
  const from = Math.max(0, at - reach);
  let start: number | undefined;
  for (const match of norm.slice(from, at).matchAll(opener)) start = from + match.index + offset(match);
  if (start === undefined || /[،,؛;]/.test(norm.slice(start, at))) return undefined;
  return start;
}

/** «، إذ» opening a clause that explains the main one («…، إذ يحتفظ رئيس الوزراء بالحقيبة منذ تشرين الثاني الماضي»), folded. */
const EXPLAINING_CLAUSE = /[،,]\s?اذ(?=\s)/g;

/**
 * Where the clause aside from the main one that holds position `at` opens: a relative clause (relativeClauseStart), or
 * one after «، إذ» that explains it, with no comma between — a date there is the explanation's time, not the main
 * clause's («وترأس الجانب الياباني وزير الخارجية X، فيما ترأس الجانب الهندي Y، إذ يحتفظ … منذ تشرين الثاني الماضي»),
 * or one that measures another moment from the main one after a comma («، وذلك بعد يوم من وصول …»: SPAN_CLAUSE).
 * (Not for places: «، إذ وقّع الزعيمان في نيودلهي …» may tell the event itself.)
 */
export function asideClauseStart(norm: string, at: number, reach = REACH): number | undefined {
  return relativeClauseStart(norm, at, reach) ?? lastOpenerBefore(norm, at, reach, EXPLAINING_CLAUSE, (match) => match[0].indexOf('اذ')) ?? lastOpenerBefore(norm, at, reach, SPAN_CLAUSE, (match) => match[0].search(/[^،,\s]/));
}

/** Words of before or after and spans of time (timeRelationWords.ts), as a pattern's alternatives. */
const RELATIONS = RELATION_WORDS.join('|');
const SPANS = SPAN_WORDS.join('|');
/**
 * «، (وذلك) بعد/قبل [a span] من …» after a comma: a clause on another moment measured from the main one («وجمع اللقاء
 * X وY في …، وذلك بعد يوم من وصول المسؤول الياباني إلى بكين أمس الاثنين», «… قبل يوم من مغادرة الوزير الكوري الأراضي
 * اليابانية يوم الأربعاء»): a date there is that moment's.
 */
const SPAN_CLAUSE = new RegExp(`[،,]\\s?(?:و?ذلك\\s)?(?:${RELATIONS})\\s(?:\\S+\\s)?(?:${SPANS})(?:\\s\\S+)?\\s(?:فقط\\s)?من(?=\\s)`, 'g');
