import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { FORMAT_RULES, PLACE_WORDS } from '../../src/data/index.ts';
import { isVisitWord } from './isVisitWord.ts';
import { withoutProclitics } from './phraseIndex.ts';
import { relativeClauseStart } from './relativeClause.ts';
import { inPlan, type Sentence } from './sentences.ts';

// A city told in a sentence of the talks that is not where they met: the place of a plan (a coming meeting, one the
// talks agreed) or of a topic of the talks.

/**
 * A verb of the future tense («ستجمع», «سيعقد», «سنعمل»): سـ before a present-tense prefix, folded. Not «سأ», folded «سا»,
 * which the news writes in quotes only and which nouns share («التي استمرت نحو ساعة في طوكيو»).
 */
const FUTURE_VERB = /(?:^|\s)و?س[تين]\S{2,}/;

/**
 * Whether a city stands in a relative clause that tells a plan («القمة الخاصة التي ستجمع اليابان و"آسيان" في طوكيو
 * الشهر المقبل»): the place of another, coming meeting, not of this one.
 */
export function inPlannedClause(sentence: Sentence, at: number): boolean {
  const position = sentence.tokens[at]!.start;
  const start = relativeClauseStart(sentence.norm, position);
  if (start !== undefined && FUTURE_VERB.test(sentence.norm.slice(start, position))) return true;
  // «لمؤتمر تيكاد المقرر في يوكوهاما العام المقبل», «القمة المقرر عقدها في …»: a participle of a plan just before, in the
  // clause; «التحضير لقمة العشرين في أوساكا»: a word of preparing a little further, before the meeting's own «خلال»
  for (let before = at - 1; before >= Math.max(0, at - PLANNED_VISIT_REACH); before--) {
    const word = sentence.tokens[before]!.norm;
    if (/[،,؛;:.]/.test(sentence.norm.slice(sentence.tokens[before]!.end, sentence.tokens[before + 1]!.start)) || MEETING_OPENERS.has(word)) return false;
    // «التحضيرات الخاصة بالزيارة المرتقبة لرئيس مجلس الوزراء … إلى العاصمة اليابانية طوكيو»: a visit still to come
    if (isVisitWord(word) && plannedWords.has(sentence.tokens[before + 1]?.norm ?? '')) return true;
    if (at - before > PREPARE_REACH) continue;
    if ((at - before <= PLANNED_REACH && plannedWords.has(word)) || withoutProclitics(word).some((form) => prepareWords.has(form))) return true;
  }
  return false;
}

/** How many words before a city a visit word with a participle of a plan may stand («بالزيارة المرتقبة لرئيس مجلس الوزراء محمد شياع السوداني إلى العاصمة اليابانية طوكيو»). */
const PLANNED_VISIT_REACH = 12;

/** Participles of a plan («المقرر», «المزمعة»), folded. */
const plannedWords = new Set(PLACE_WORDS.plannedBefore.map(normalizeForMatching));
/** How many words before a city a participle of a plan may stand («المقرر عقدها في طوكيو»). */
const PLANNED_REACH = 3;
/** Words of preparing a coming meeting («التحضير», «الاستعدادات»), folded: the formats' table's. */
const prepareWords = new Set(FORMAT_RULES.prepareWords.map(normalizeForMatching));
/** How many words before a city a word of preparing may stand («التحضير لقمة مجموعة العشرين في أوساكا»). */
const PREPARE_REACH = 6;
/** Words that open the meeting's own time after what it prepared («التحضير للقمة خلال زيارته …»), folded. */
const MEETING_OPENERS = new Set(['خلال', 'اثناء', 'هامش', 'عقب', 'لدي']);

/** Nouns of a topic of the talks («جهود», «إعمار», «الأوضاع»), folded. */
const topicWords = new Set(PLACE_WORDS.topicBefore.map(normalizeForMatching));
/** How many words before a city a topic's noun may stand («لجهود إعادة تأهيل وإعمار مدينة مراوي»). */
const TOPIC_REACH = 5;

/**
 * Whether the place at token `at` is where a topic of the talks lies: a few words after a noun of one, with no comma
 * or word of the meeting's own time between («بحثا … سبل دعم طوكيو لجهود الإصلاح في كييف», «دعم إعمار مدينة مراوي»).
 */
export function inTopicPhrase(sentence: Sentence, at: number): boolean {
  for (let before = at - 1; before >= Math.max(0, at - TOPIC_REACH); before--) {
    const word = sentence.tokens[before]!.norm;
    if (/[،,؛;:.]/.test(sentence.norm.slice(sentence.tokens[before]!.end, sentence.tokens[before + 1]!.start)) || MEETING_OPENERS.has(word)) return false;
    if (withoutProclitics(word).some((form) => topicWords.has(form))) return true;
  }
  return false;
}

/** Whether token `at` lies in the plan the talks the sentence tells agreed («… على عقد قمة في واشنطن»): no place of theirs. */
export function inAgreedPlan(sentence: Sentence, at: number): boolean {
  return inPlan(sentence, sentence.tokens[at]!.start);
}
