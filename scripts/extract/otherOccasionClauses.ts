import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { TIME_MARKERS } from '../../src/data/index.ts';
import { buildPhraseIndex, findPhrases } from './phraseIndex.ts';
import { relativeClauseStart } from './relativeClause.ts';
import { RELATION_WORDS, SPAN_WORDS } from './timeRelationWords.ts';
import type { Sentence } from './sentences.ts';

/** Words of a past time (timeMarkers.json pastInClause): «الأسبوع الماضي», «آنذاك», «مطلع الشهر الجاري». */
const pastIndex = buildPhraseIndex(TIME_MARKERS.pastInClause.map((phrase) => [phrase, true] as const));
/** Words of a past year (timeMarkers.json farPastInClause: «العام الماضي»): no news tells its own event as last year's, lede or not. */
const farPastIndex = buildPhraseIndex(TIME_MARKERS.farPastInClause.map((phrase) => [phrase, true] as const));
/** Words of a plan (timeMarkers.json future: «يعتزم», «من المقرر», «سيزور»): a clause with one tells a coming occasion. */
const planIndex = buildPhraseIndex(TIME_MARKERS.future.map((phrase) => [phrase, true] as const));
/** Spans of time between «بعد» and «من», folded («أسبوعين»). */
const SPANS: ReadonlySet<string> = new Set(SPAN_WORDS);
/** «بعد أسبوعين فقط من اجتماع … الذي»: how many words the noun before the pronoun may have (a name in quotes, «"2+2"»). */
const NOUN_WORDS = 4;
/** A relative pronoun, folded. */
const PRONOUN = /^و?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللذان|اللتان)$/;

/** Verbs of coming a sentence opens with («ويأتي», «وتأتي», «وجاء»), folded: it sets the story beside another occasion. */
const COMES_VERBS = new Set(TIME_MARKERS.comesVerbs.map(normalizeForMatching));
/** Words of before or after that open that other occasion («بعد», «قبيل»), folded. */
const COMES_RELATIONS: ReadonlySet<string> = new Set(RELATION_WORDS);
/** How many words may stand between the verb and the word of before or after («ويأتي اتصال الوزيرين اليوم بعد …»), an aside between commas aside. */
const COMES_REACH = 6;
/** «كما», folded: a verb of coming may stand behind it («كما تأتي الجولة …»). */
const ALSO = 'كما';

/**
 * The word of before or after («بعد», «في أعقاب») within reach of the verb of coming at token `verb`, past an aside set
 * between two commas («ويأتي هذا اللقاء، وهو الأول من نوعه بين الوزيرين، في أعقاب …») but no other punctuation.
 */
function comesRelationAfter(sentence: Sentence, verb: number): Sentence['tokens'][number] | undefined {
  const tokens = sentence.tokens;
  let words = 0;
  let inAside = false;
  for (let at = verb + 1; at < tokens.length && words < COMES_REACH; at++) {
    const gap = sentence.norm.slice(tokens[at - 1]!.end, tokens[at]!.start);
    if (/[؛;.:]/.test(gap)) return undefined;
    if (/[،,]/.test(gap)) inAside = !inAside;
    if (COMES_RELATIONS.has(tokens[at]!.norm)) return inAside ? undefined : tokens[at];
    if (!inAside) words++;
  }
  return undefined;
}

/** A year written in figures («2006»), folded: a time of its own. */
const YEAR = /^(?:19|20)\d\d$/;
/** How far back (characters) the pronoun of a clause ending with its time may stand: a summit's two leaders and its venue come between («التي جمعت الرئيس … على هامش منتدى … في مدينة … الأسبوع الماضي»). */
const CLAUSE_REACH = 240;
/** How far back (characters) the pronoun of a clause with a word of a plan may stand. */
const PLAN_REACH = 40;

/**
 * Where the relative clauses of a sentence that tell another occasion open (their pronoun's start in the folded text):
 * a clause holding a word of a plan — «الترتيبات الخاصة بالزيارة التي يعتزم الرئيس X القيام بها» —, and, with `past`
 * (sentences past the lede, where a clause no longer tells the event itself), one holding a word of past time or a year
 * — «القمة الأولى التي جمعت الرئيس X ورئيسة الوزراء Y … الأسبوع الماضي», «البيان … الذي صدر في 10 مارس 2006 خلال
 * زيارة X» —, one right after them, of the noun they date — «زيارة … إلى طوكيو العام الماضي، والتي وقع خلالها مع
 * نظيره X …» —, or one whose noun a span of time puts earlier: «بعد أسبوعين فقط من اجتماع "2+2" الذي جمع X وY».
 */
export function otherOccasionClauses(sentence: Sentence, past = true): readonly number[] {
  // (asked of one sentence by the date, people and level stages alike: read once per sentence and setting)
  const memo = clausesRead.get(sentence) ?? clausesRead.set(sentence, new Map()).get(sentence)!;
  let starts = memo.get(past);
  if (starts === undefined) memo.set(past, (starts = clausesOf(sentence, past)));
  return starts;
}

/** The clauses of each sentence already read, by `past`. */
const clausesRead = new WeakMap<Sentence, Map<boolean, readonly number[]>>();

function clausesOf(sentence: Sentence, past: boolean): number[] {
  const starts = new Set<number>();
  const add = (at: number, reach = CLAUSE_REACH) => {
    const start = relativeClauseStart(sentence.norm, at, reach);
    if (start !== undefined) starts.add(start);
  };
  // (a plan's verb stands near its pronoun: «التي يعتزم …»)
  for (const match of findPhrases(planIndex, sentence.tokens)) add(sentence.tokens[match.start]!.start, PLAN_REACH);
  for (const match of findPhrases(farPastIndex, sentence.tokens)) add(sentence.tokens[match.start]!.start);
  if (!past) return [...starts].sort((a, b) => a - b);
  // (or ending the noun the clause is of: «زيارة الرئيس البولندي إلى طوكيو في فبراير الماضي، والتي قرر خلالها مع X …»)
  const clauseRightAfter = (end: number) => {
    const next = sentence.tokens[end];
    if (next && PRONOUN.test(next.norm) && !/[؛;.:]/.test(sentence.norm.slice(sentence.tokens[end - 1]!.end, next.start))) starts.add(next.start);
  };
  for (const match of findPhrases(pastIndex, sentence.tokens)) {
    add(sentence.tokens[match.start]!.start);
    clauseRightAfter(match.end);
  }
  sentence.tokens.forEach((token, at) => {
    if (!YEAR.test(token.norm)) return;
    add(token.start);
    clauseRightAfter(at + 1);
  });
  // «بعد أيام من القمة التي جمعت …», «وبعد أسبوعين فقط من اجتماع "2+2" الذي جمع …»: the clause's occasion came before
  const tokens = sentence.tokens;
  for (let at = 0; at + 2 < tokens.length; at++) {
    if (!/^و?بعد$/.test(tokens[at]!.norm) || !SPANS.has(tokens[at + 1]!.norm)) continue;
    const from = tokens[at + 2]!.norm === 'فقط' ? at + 3 : at + 2;
    if (tokens[from]?.norm !== 'من') continue;
    const pronoun = tokens.slice(from + 2, from + 2 + NOUN_WORDS).find((token) => PRONOUN.test(token.norm));
    if (pronoun && !/[،,؛;]/.test(sentence.norm.slice(tokens[from]!.end, pronoun.start))) starts.add(pronoun.start);
  }
  // «ويأتي الاتصال بعد أيام من مكالمة هاتفية جرت في 3 أبريل بين رئيس الوزراء X والرئيس Y»: the occasion after «بعد»
  // came before the story's, told with or without a relative pronoun, and to the sentence's end, past its commas
  // («… بعد نحو سبعة أشهر من جولة أفريقية لرئيس الوزراء X، اختتمها في مابوتو، حيث أجرى محادثات مع الرئيس Y»)
  // («كما تأتي الجولة الجديدة بعد أشهر من زيارة …»: the verb behind «كما»; «ويأتي هذا اللقاء، وهو الأول من نوعه بين
  // الوزيرين، في أعقاب القمة التي جمعت …»: an aside between two commas before the word of after)
  const verb = COMES_VERBS.has(tokens[0]?.norm ?? '') ? 0 : tokens[0]?.norm === ALSO && COMES_VERBS.has(tokens[1]?.norm ?? '') ? 1 : -1;
  const relation = verb < 0 ? undefined : comesRelationAfter(sentence, verb);
  if (relation) {
    starts.add(relation.start);
    for (const comma of sentence.norm.slice(relation.start).matchAll(/[،,؛;]\s*/g)) starts.add(relation.start + comma.index + comma[0].length);
  }
  return [...starts].sort((a, b) => a - b);
}

/** A comma or semicolon that ends a clause: not one that «حيث» or «إذ» follows («… في أكتوبر الماضي، حيث أجرى محادثات مع X»). */
const CLAUSE_END = /[،,؛;](?!\s*(?:حيث|اذ)\s)/;

/** Whether token `at` stands inside one of the clauses opening at `starts` (after its pronoun, no comma that ends it between). */
export function inClauseOf(sentence: Sentence, starts: readonly number[], at: number): boolean {
  return positionInClauseOf(sentence, starts, sentence.tokens[at]!.start);
}

/** Whether a position of the folded sentence stands inside one of the clauses opening at `starts`. */
export function positionInClauseOf(sentence: Sentence, starts: readonly number[], position: number): boolean {
  return starts.some((start) => position > start && !CLAUSE_END.test(sentence.norm.slice(start, position)));
}
