import { TIME_MARKERS } from '../../src/data/index.ts';
import { buildPhraseIndex, findPhrases } from './phraseIndex.ts';
import { relativeClauseStart } from './relativeClause.ts';
import type { Sentence } from './sentences.ts';

/** Words of a past time (timeMarkers.json pastInClause): «الأسبوع الماضي», «آنذاك», «مطلع الشهر الجاري». */
const pastIndex = buildPhraseIndex(TIME_MARKERS.pastInClause.map((phrase) => [phrase, true] as const));
/** A year written in figures («2006»), folded: a time of its own. */
const YEAR = /^(?:19|20)\d\d$/;
/** How far back (characters) the pronoun of a clause ending with its time may stand: a summit's two leaders and its venue come between («التي جمعت الرئيس … على هامش منتدى … في مدينة … الأسبوع الماضي»). */
const CLAUSE_REACH = 240;

/**
 * Where the relative clauses of a sentence that tell a past occasion open (their pronoun's start in the folded text):
 * a clause holding a word of past time or a year — «القمة الأولى التي جمعت الرئيس X ورئيسة الوزراء Y … الأسبوع
 * الماضي», «البيان … الذي صدر في 10 مارس 2006 خلال زيارة X». The caller keeps them to sentences past the lede.
 */
export function pastRelativeClauses(sentence: Sentence): number[] {
  const starts = new Set<number>();
  const add = (at: number) => {
    const start = relativeClauseStart(sentence.norm, at, CLAUSE_REACH);
    if (start !== undefined) starts.add(start);
  };
  for (const match of findPhrases(pastIndex, sentence.tokens)) add(sentence.tokens[match.start]!.start);
  for (const token of sentence.tokens) if (YEAR.test(token.norm)) add(token.start);
  return [...starts].sort((a, b) => a - b);
}

/** Whether token `at` stands inside one of the clauses opening at `starts` (after its pronoun, no comma or semicolon between). */
export function inClauseOf(sentence: Sentence, starts: readonly number[], at: number): boolean {
  const position = sentence.tokens[at]!.start;
  return starts.some((start) => position > start && !/[،,؛;]/.test(sentence.norm.slice(start, position)));
}
