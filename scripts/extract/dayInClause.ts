import { foldForMatching } from '../../src/arabic/fold.ts';
import { EVENT_CUES } from '../../src/data/index.ts';
import { isVisitWord } from './isVisitWord.ts';
import { relativeClauseStart } from './relativeClause.ts';

// Where a date stands in its sentence (folded text, `at` its position): after «منذ»/«قبل», opening a span of days, in a
// relative clause on the talks themselves or on something else (the visit, another occasion).

/** A date after «منذ» or «قبل» is another time («منذ عام 2019»): never the event's. */
const SINCE = /(?:^|\s)(?:منذ|قبل|بعد|حتي)\s*(?:عام|سنه)?\s*$/;

/** Whether «منذ», «قبل», «بعد» or «حتى» stands right before position `at` of a folded sentence. */
export function afterBound(norm: string, at: number): boolean {
  return SINCE.test(norm.slice(Math.max(0, at - 12), at));
}

/** What joins the two ends of a span of days, folded («من 6 إلى 13», «6-13», «حتى»). */
const SPAN_JOINER = '(?:-|–|الي|حتي)';
/** A span of days opening at a date, folded («6 الي 13 اغسطس», «6-13 اغسطس»): a stay or a tour, no day of talks. */
const DAY_SPAN = new RegExp(`^[\\d٠-٩]{1,2}\\s*${SPAN_JOINER}\\s*[\\d٠-٩]{1,2}\\s`);
/** Only the joiner of a span between two dates, folded («28 جويلية | إلى | 4 أوت»). */
const SPAN_GAP = new RegExp(`^\\s*${SPAN_JOINER}\\s*$`);

/** Whether the text between two dates joins them as the ends of one span («من 28 جويلية إلى 4 أوت», «28 يوليو - 4 أغسطس»). */
export function isSpanGap(gap: string): boolean {
  return SPAN_GAP.test(gap);
}

/** Whether the date at `at` opens a span of days («خلال الفترة من 6 إلى 13 أغسطس»). */
export function opensSpan(norm: string, at: number): boolean {
  return DAY_SPAN.test(norm.slice(at, at + 24));
}

/**
 * A date told aside, in a relative clause or after «منذ»/«قبل»: it dates what the clause says; the people named in that
 * clause were at that other time (the sentence as a whole may still be about it too).
 */
export function isAside(norm: string, at: number): boolean {
  return relativeClauseStart(norm, at) !== undefined || afterBound(norm, at);
}

/** The words of the talks themselves, folded: the head of a relative clause that tells them («المحادثات التي أجراها …»). */
const talkHeads = new Set(EVENT_CUES.talkWords.map(foldForMatching));

/** An adjective after the clause's noun, folded («الهاتفي», «الرسمية»): the head is the noun before it. */
const HEAD_ADJECTIVE = /^ال\S+ي(?:ه|ين|تين)?$/;

/**
 * The head of the relative clause whose pronoun opens at `start`: its last word, or the noun of the talks before it
 * when that word is its adjective («الاتصال الهاتفي الذي تلقاه أمس الاثنين»); and where that last word starts.
 */
function clauseHead(norm: string, start: number): { word: string; lastWordAt: number } {
  const before = norm.slice(0, start).replace(/[،,]\s*$/, '').trimEnd();
  // (quotes around a named mechanism are no part of its words: «جولة "الحوار الاستراتيجي" التي جرت …»)
  const [noun = '', adjective = ''] = before.trim().split(/\s+/).slice(-2).map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''));
  const word = talkHeads.has(adjective) || !talkHeads.has(noun) || !HEAD_ADJECTIVE.test(adjective) ? adjective : noun;
  return { word, lastWordAt: before.lastIndexOf(' ') + 1 };
}

/** Whether a clause's head is something else than the talks: a visit, or no word of the talks. */
function isOtherThanTalks(head: string): boolean {
  return isVisitWord(head) || !talkHeads.has(head);
}

/**
 * Whether the day at `at` is told in a relative clause about something else than the talks: the visit («في اطار
 * الزيارة التي بدأها … امس السبت»: its start) or another occasion («… القمة التذكارية بين اليابان ودول آسيان …، والتى
 * استضافتها العاصمة اليابانية أمس السبت») — not the talks themselves («المحادثات التي أجراها يوم الخميس»).
 */
export function inClauseAboutOtherThanTalks(norm: string, at: number): boolean {
  const start = relativeClauseStart(norm, at);
  return start !== undefined && isOtherThanTalks(clauseHead(norm, start).word);
}

/**
 * Whether the day at `at` is told in a relative clause that tells the talks themselves: on their noun («محور المقابلة
 * التي خص بها الرئيس … صباح أمس السبت») or with their verb («… كاواغوتشي، التي استقبلها بعد ظهر أمس»); not one after
 * «منذ» («منذ اللقاء الذي استضافته طوكيو في أكتوبر 2013», another meeting).
 */
export function inClauseOnTheTalks(norm: string, at: number): boolean {
  const start = afterBound(norm, at) ? undefined : relativeClauseStart(norm, at);
  if (start === undefined) return false;
  const head = clauseHead(norm, start);
  if (isOtherThanTalks(head.word) && !opensWithTalkVerb(norm, start)) return false;
  return !afterBound(norm, head.lastWordAt);
}

/** Whether the relative clause opening at `start` (its pronoun) has a verb of the talks for its first word, its object pronoun aside («التي استقبلها», «الذي التقاه»). */
function opensWithTalkVerb(norm: string, start: number): boolean {
  const verb = norm.slice(start).split(/\s+/)[1] ?? '';
  return talkHeads.has(verb) || talkHeads.has(verb.replace(/(?:ها|هما|هم|ه)$/, ''));
}
