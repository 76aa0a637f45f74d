import { foldForMatching } from '../../src/arabic/fold.ts';
import { isReportVerb } from './isReportVerb.ts';
import { isoDayToTime } from '../../src/utils/isoDayToTime.ts';
import { DATE_CUE_WORDS } from './arabicDateWords.ts';
import { dayWrittenBeside, JOINED_REACH } from './dayWrittenBeside.ts';
import { findDateMentions, type DateMention } from './parseArabicDate.ts';
import { withoutProclitics } from './phraseIndex.ts';
import { resolveDateMention, type ResolvedDate } from './resolveDateMention.ts';
import { afterBound, inClauseAboutOtherThanTalks, inClauseOnTheTalks, isAside, isSpanGap, opensSpan } from './dayInClause.ts';
import { asideClauseStart } from './relativeClause.ts';
import { otherOccasionClauses, positionInClauseOf } from './otherOccasionClauses.ts';
import { inPlan, ledeParagraphOf, type Sentence } from './sentences.ts';
import { inOpenedClause, openedClausesOf } from './openedClauses.ts';
import type { Extraction } from './types.ts';

/** The event date found, and every resolved date per sentence (to tell background sentences later). */
export interface DateExtraction {
  date?: Extraction['date'];
  partialDate?: Extraction['partialDate'];
  /** Why the date is left for an editor although the text gave one (two dates disagree, a weekday contradicts it …). */
  review?: string;
  /** How the date was read: written in full in the title or lede, in full later, its year or its day from the publication date. */
  basis?: 'written' | 'writtenLater' | 'yearFromPublication' | 'relative';
  warnings: string[];
  /** Sentence index → the dates that sentence gives. */
  sentenceDates: Map<number, ResolvedDate[]>;
  /** The event is told by a day relative to a report the text does not date («اليوم الاثنين»): within days of it. */
  relativeDay?: boolean;
}

/** Whether the sentence has a digit or a date word at all (cheap test before the date regexes). */
export function mayHoldDate(sentence: Sentence): boolean {
  for (const token of sentence.tokens) {
    const code = token.norm.charCodeAt(0);
    if (code >= 48 && code <= 57) return true;
    token.forms ??= withoutProclitics(token.norm);
    for (const form of token.forms) if (DATE_CUE_WORDS.has(form)) return true;
  }
  return false;
}

const precisionRank = { day: 3, month: 2, year: 1 } as const;
/** How far into a sentence (characters) a date still reads as its dateline. */
const DATELINE_REACH = 40;
const DAY_MS = 86_400_000;
/** An event reported more than this long after it happened is more likely a background date misread. */
const STALE_DAYS = 400;
/** A preview («يعقد غداً») may date the event a few days after publication; no later. */
const AHEAD_DAYS = 7;

/**
 * The sentences that may date the event, in reading order: the title, the lede's paragraph and sentences telling the
 * meeting; none of background or of plans. In the title and the first two paragraphs, a sentence that tells no
 * meeting at all («ضرب زلزال … في 6 فبراير») is asked after those that do; later paragraphs come last.
 */
function datingSentences(sentences: readonly Sentence[]): Sentence[] {
  const ledeParagraph = ledeParagraphOf(sentences);
  // (the paragraph after the lede dates the talks too, after the lede: under a teaser paragraph it is the lede itself)
  const dating = sentences.filter((sentence) => !sentence.background && !sentence.future && (sentence.paragraph <= ledeParagraph + 1 || sentence.meeting));
  const tellsMeeting = (sentence: Sentence) => sentence.index === 0 || sentence.meeting;
  // the title and lede first, then the paragraph after: a lede that tells the talks without a word of meeting («أكدت
  // ميركل وآبي اليوم الاثنين (الرابع من فبراير 2019) في طوكيو التزام …») dates them before the next paragraph's aside
  // («… بعد أيام من بدء العمل بالاتفاقية يوم الجمعة الماضي»)
  const lede = dating.filter((sentence) => sentence.paragraph <= ledeParagraph);
  const next = dating.filter((sentence) => sentence.paragraph === ledeParagraph + 1);
  const early = [...lede, ...next];
  return [...lede.filter(tellsMeeting), ...lede.filter((sentence) => !tellsMeeting(sentence)), ...next.filter(tellsMeeting), ...next.filter((sentence) => !tellsMeeting(sentence)), ...dating.filter((sentence) => !early.includes(sentence))];
}

/** How many words before a day its reporting verb may stand («وذكرت وكالة أنباء (جيجي برس) اليابانية اليوم»). */
const REPORT_REACH = 6;

/**
 * Whether the day at `at` dates a report («وذكرت وكالة … اليوم /الخميس/ أن …»): a reporting verb a few words before it, no
 * comma between but the one that sets the day off («أعلنت وزارة الخارجية، اليوم الأربعاء، أن …»).
 */
function isReportDay(norm: string, at: number): boolean {
  const before = norm.slice(0, at).replace(/[،,]\s*$/, '').split(/[،,؛;.]/).at(-1)!.split(/\s+/).filter((word) => /\p{L}/u.test(word)).slice(-REPORT_REACH - 1);
  return before.some((word) => isReportVerb(word));
}

/** A whole day the title gives, written in full (not relative): the day a page with no publication line dates its story. */
function titleDay(title: Sentence | undefined): string | undefined {
  if (!title || !mayHoldDate(title)) return undefined;
  const days = findDateMentions(title.norm)
    .filter((mention) => mention.kind === 'calendar')
    .map((mention) => resolveDateMention(mention).date)
    .filter((date) => date?.precision === 'day');
  return days.length === 1 ? days[0]!.date : undefined;
}

/** How many days before the publication day a dateline's day of report may be (a weekly prints a week's reports). */
const REPORT_DAYS_BEFORE = 7;

/**
 * The day a dateline standing above the lede gives the report («طوكيو في 26 نوفمبر /العُمانية/», «الكويت 3 أكتوبر (كونا)»),
 * its year from the publication day; undefined when it gives none, or one after the publication day or long before it.
 */
function datelineReportDay(dateline: string | undefined, publishedAt: string | undefined): string | undefined {
  if (!dateline || !publishedAt) return undefined;
  const mentions = findDateMentions(foldForMatching(dateline));
  if (mentions[0]?.kind !== 'calendar' || mentions[0].at > DATELINE_REACH) return undefined;
  // (of a Hijri date and its Gregorian one, «… 16 ذو الحجة 1436 هـ الموافق 30 سبتمبر 2015 م واس», the Gregorian: a Hijri
  // day converts to one of two)
  const opening = mentions.find((mention) => mention.kind === 'calendar' && mention.calendar === undefined) ?? mentions[0];
  const day = resolveDateMention(opening, publishedAt).date;
  if (day?.precision !== 'day' || day.date > publishedAt) return undefined;
  return isoDayToTime(publishedAt)! - isoDayToTime(day.date)! <= REPORT_DAYS_BEFORE * DAY_MS ? day.date : undefined;
}

/** One date a sentence gives for the event, with how it was written. */
interface Candidate {
  sentence: Sentence;
  mention: DateMention;
  resolved: ResolvedDate;
}

/**
 * The event's date: the most precise date of the first sentence that dates the event (the title, the lede's paragraph,
 * or a sentence telling the meeting; never background or plans). Relative words and weekdays need the publication
 * day; a day and month without a year stays partial. The date is left for review, never guessed, when the text
 * contradicts itself: two different days in the sentences that tell the event, a weekday that is not the date's, a
 * date after the publication day (beyond a preview's week) or long before it, or a time that names no day.
 */
export function extractDate(sentences: Sentence[], pagePublishedAt?: string, dateline?: string): DateExtraction {
  const warnings: string[] = [];
  // A page with no publication day may date its story in the headline («… - 21/5/2023»): relative words count from it.
  const publishedAt = pagePublishedAt ?? titleDay(sentences[0]);
  // A dateline on its own line above the lede with the day of the report («طوكيو في 26 نوفمبر /العُمانية/», a daily
  // printing it the next morning) is the day the lede's relative words count from, as one opening the lede is.
  const reportDay = datelineReportDay(dateline, publishedAt);
  const ledeParagraphOfDateline = reportDay === undefined ? undefined : ledeParagraphOf(sentences);
  const sentenceDates = new Map<number, ResolvedDate[]>();
  /** The dateline that opens a sentence, per sentence: the day of the report, which its relative words count from. */
  const datelines = new Map<number, DateMention>();
  const mentionsOf = new Map<number, DateMention[]>();
  for (const sentence of sentences) {
    if (!mayHoldDate(sentence)) continue;
    const mentions = findDateMentions(sentence.norm);
    if (mentions.length === 0) continue;
    mentionsOf.set(sentence.index, mentions);
    // A dateline opening the sentence («نوسا دوا 7 يوليو 2022 (شينخوا) التقى … اليوم») is the day its relative words count from.
    const opening = mentions[0]!;
    const opened = opening.kind === 'calendar' && opening.at <= DATELINE_REACH ? resolveDateMention(opening, publishedAt).date : undefined;
    const anchor = opened?.precision === 'day' ? opened.date : sentence.paragraph === ledeParagraphOfDateline ? reportDay : publishedAt;
    if (opened?.precision === 'day') datelines.set(sentence.index, opening);
    sentenceDates.set(
      sentence.index,
      mentions.map((mention) => {
        const resolved = resolveDateMention(mention, mention.kind === 'calendar' ? publishedAt : anchor);
        return isAside(sentence.norm, mention.at) ? { ...resolved, aside: true, at: mention.at } : { ...resolved, at: mention.at };
      }),
    );
  }

  const candidates: Candidate[] = [];
  // The first dating sentence that gives any date decides, even one that cannot be read without a publication day.
  let deciding: Sentence | undefined;
  let unresolved = false;
  const dating = datingSentences(sentences);
  const ledeParagraph = ledeParagraphOf(sentences);
  // A sentence whose only dates are told aside («… قمة تيكاد 8 التي احتضنتها تونس نهاية أغسطس») dates another time
  // when a later sentence dates the event itself; it decides only when none does («الاجتماع الذي عُقد في …»).
  // (in the lede, a relative clause on the talks themselves dates them)
  const aboutTheTalks = (sentence: Sentence, at: number | undefined) => at !== undefined && sentence.paragraph <= ledeParagraph + 1 && inClauseOnTheTalks(sentence.norm, at);
  const toldItself = (sentence: Sentence) => (sentenceDates.get(sentence.index) ?? []).some((date) => !date.future && (!date.aside || aboutTheTalks(sentence, date.at)));
  const asideOnly = dating.some(toldItself) ? new Set(dating.filter((sentence) => sentenceDates.has(sentence.index) && !toldItself(sentence))) : new Set<Sentence>();
  for (const sentence of dating) {
    if (asideOnly.has(sentence)) continue;
    const mentions = mentionsOf.get(sentence.index) ?? [];
    const resolved = sentenceDates.get(sentence.index) ?? [];
    mentions.forEach((mention, i) => {
      const date = resolved[i]!;
      // (nor a date of the plan agreed at the talks: «يتفقان هاتفياً على عقد قمة في واشنطن يوم 10 فبراير»)
      if (date.future || afterBound(sentence.norm, mention.at) || inPlan(sentence, mention.at)) return;
      // nor one of another occasion the sentence sets the story beside («وتأتي الزيارة بعد أشهر على الجولة التي قام بها …
      // في كانون الثاني الماضي»)
      if (sentence.paragraph > ledeParagraph && positionInClauseOf(sentence, otherOccasionClauses(sentence), mention.at)) return;
      // nor one in a clause opened on another time («… هو الأول منذ اجتماع مماثل عقد في سيول في تشرين الأول الماضي»);
      // in the lede only beside a date of its own («… اليوم الخميس … في أول اجتماع بين الجانبين منذ تولي الجيش السلطة
      // يوم 22 مايو الماضي»)
      if (inOtherTimeClause(sentence, mention.at) && (sentence.paragraph > ledeParagraph || mentions.some((other) => other !== mention && !inOtherTimeClause(sentence, other.at)))) return;
      // a year alone («منذ إقامة العلاقات بين البلدين عام 1964») dates history, never a meeting the news tells
      if (date.date?.precision === 'year' && date.partial === undefined) return;
      // a headline dates its story by a day; a month alone there, written or relative, is a plan's or a topic's («آلية …
      // تنطلق في مارس», «يتفقان على عقد قمة أواخر الشهر الجاري»)
      if (sentence.index === 0 && (mention.kind === 'calendar' || date.date?.precision === 'month') && date.date?.precision !== 'day' && date.partial?.day === undefined) return;
      if (deciding && deciding !== sentence && candidates.some((candidate) => candidate.sentence === deciding)) return;
      deciding ??= sentence;
      if (sentence !== deciding) return;
      if (date.date || date.partial || date.vague) candidates.push({ sentence, mention, resolved: date });
      // a relative day with its full date beside it («اليوم الثلاثاء 2 كانون الأول 2025») is that date, a candidate itself
      else if (dayWrittenBeside(mentions, resolved, i) === undefined) unresolved = true;
    });
  }

  const first = candidates[0];
  if (!deciding) {
    warnings.push('the text gives no event date: an editorial date is needed');
    return { warnings, sentenceDates };
  }
  if (!first || first.sentence !== deciding || unresolved) {
    const why = publishedAt === undefined ? 'relative day without a publication date' : 'a relative day that cannot be placed';
    warnings.push(`the event is dated by a relative day ("${deciding.text.slice(0, 60)}…") but the article has no publication date`);
    return { warnings, sentenceDates, review: why, relativeDay: true };
  }

  // The first dating sentence decides; its most precise full date wins over partial ones.
  // A dateline is the report's day: «عمان 31 كانون الثاني (بترا) – … مساء أمس الاثنين» tells the talks on the 30th.
  const inSentence = candidates.filter((candidate) => candidate.sentence === first.sentence);
  const datelineMention = datelines.get(first.sentence.index);
  const toldRelatively = inSentence.some((candidate) => candidate.mention !== datelineMention && candidate.mention.kind !== 'calendar' && candidate.resolved.date?.precision === 'day');
  const told = toldRelatively ? inSentence.filter((candidate) => candidate.mention !== datelineMention) : inSentence;
  // A date in a relative clause dates what the clause tells («… المذكرة التي وُقعت خلال زيارة الملك في أبريل 2012»):
  // beside a date of the sentence itself, even one without a year, it is another time.
  const ownDates = told.some((candidate) => !candidate.resolved.aside) ? told.filter((candidate) => !candidate.resolved.aside) : told;
  // a day after a reporting verb dates the report («وقالت الوزارة اليوم الخميس إن … زار أمس الأربعاء …»): beside
  // another day of the sentence, that other day is the talks'
  const reported = (candidate: Candidate) => isReportDay(candidate.sentence.norm, candidate.mention.at);
  // (another day, not a month: «قال … اليوم الخميس إن … السفينة التي جنحت في يوليو الماضي» is dated by its report)
  const inFirst = ownDates.some(reported) && ownDates.some((candidate) => !reported(candidate) && candidate.resolved.date?.precision === 'day') ? ownDates.filter((candidate) => !reported(candidate)) : ownDates;
  const vague = inFirst.find((candidate) => candidate.resolved.vague);
  const full = inFirst.filter((candidate) => candidate.resolved.date).sort((a, b) => precisionRank[b.resolved.date!.precision] - precisionRank[a.resolved.date!.precision])[0];
  if (!full) {
    if (vague) {
      warnings.push(`the text dates the event only vaguely ("${first.sentence.text.slice(0, 60)}…"): an editorial date is needed`);
      return { warnings, sentenceDates, review: 'vague time' };
    }
    const partial = inFirst.map((candidate) => candidate.resolved.partial!).sort((a, b) => Object.keys(b).length - Object.keys(a).length)[0]!;
    warnings.push('the text gives the event date without a year: an editorial date is needed');
    return { partialDate: partial, warnings, sentenceDates };
  }

  const date = full.resolved.date!;
  const early = first.sentence.index === 0 || first.sentence.paragraph <= ledeParagraph;
  // a month written alone, past the paragraph after the lede while the lede gives no day («وهذه هي الزيارة الثالثة لآبي
  // إلى منغوليا …، بعد زيارتين في مارس 2013 وأكتوبر 2015»), is more likely another occasion's than the event's (not a
  // relative one, «عقد البلدان الشهر الماضي …», which a story tells of its own event)
  if (date.precision !== 'day' && full.mention.kind === 'calendar' && first.sentence.paragraph > ledeParagraph + 1) {
    warnings.push(`the event is dated only by a month told late in the story ("${first.sentence.text.slice(0, 60)}…"): an editorial date is needed`);
    return { warnings, sentenceDates, review: 'a month told late in the story' };
  }
  const basis = full.mention.kind !== 'calendar' ? 'relative' : full.mention.year === undefined ? 'yearFromPublication' : early ? 'written' : 'writtenLater';
  const result: DateExtraction = { date, warnings, sentenceDates, basis };
  const review = (why: string) => {
    warnings.push(`needs review: ${why}`);
    result.review ??= why;
  };
  if (full.resolved.weekdayMismatch) review(`the weekday written with ${date.date} is not that day's`);
  // A story dated by travel («اختتم يوم الجمعة زيارته») while a sentence of the talks gives another day of the same week
  // («المحادثات التي أجراها يوم الخميس») leaves the editor to say which day the meeting was.
  // So too a story dated by its dateline alone, the report's day («طوكيو 30 يناير (أ ش أ) - بحث …»), while a sentence
  // of the talks tells their day («… أن اللقاء عقد في طوكيو مساء أمس الاثنين»).
  const byDatelineAlone = full.mention === datelineMention && inFirst.length === 1;
  if ((!first.sentence.talks || byDatelineAlone) && date.precision === 'day') {
    const near = (other: string) => other !== date.date && Math.abs(isoDayToTime(other)! - isoDayToTime(date.date)!) <= AHEAD_DAYS * DAY_MS;
    for (const sentence of datingSentences(sentences)) {
      if (!sentence.talks || sentence === first.sentence) continue;
      const mentions = mentionsOf.get(sentence.index) ?? [];
      // a day after «حتى», «منذ», «قبل» or «بعد» («تستمر حتى بعد غد الخميس») bounds a stay; it is no day of the talks
      // nor is a day told in a relative clause about the visit or another occasion («ويأتي الاتصال بعد أيام من مكالمة
      // جرت في 3 أبريل …»)
      const otherOccasions = otherOccasionClauses(sentence);
      const talkDay = (sentenceDates.get(sentence.index) ?? []).find((item, i) => item.date?.precision === 'day' && !item.future && near(item.date.date) && !isReportDay(sentence.norm, mentions[i]!.at) && !afterBound(sentence.norm, mentions[i]!.at) && !opensSpan(sentence.norm, mentions[i]!.at) && !inClauseAboutOtherThanTalks(sentence.norm, mentions[i]!.at) && !positionInClauseOf(sentence, otherOccasions, mentions[i]!.at));
      if (talkDay) {
        review(`the story is dated ${date.date}, the talks ${talkDay.date!.date}`);
        break;
      }
    }
  }
  // A day told past the lede while the lede, set aside as another time, tells the event with a day of its own
  // («انطلقت صباح اليوم الثلاثاء … الجولة الأولى …»), then «… خلال لقاء … الخميس الماضي»: the editor says which.
  if (date.precision === 'day' && first.sentence.paragraph > ledeParagraph) {
    const ledeDay = sentences.find((sentence) => sentence.paragraph === ledeParagraph && sentence.meeting && (sentenceDates.get(sentence.index) ?? []).some((item) => item.date?.precision === 'day' && !item.future && item.date.date !== date.date));
    if (ledeDay) review(`the lede tells the event with another day than ${date.date}, told later in the story`);
  }
  // Dates written together must be one day (a Hijri date and its Gregorian one, a date and «اليوم الأحد»), and the
  // title's day must be the lede's.
  if (date.precision === 'day') {
    const days = (list: Candidate[]) => list.filter((candidate) => candidate.resolved.date?.precision === 'day');
    const inSentence = days(inFirst);
    for (let i = 0; i + 1 < inSentence.length; i++) {
      const [a, b] = [inSentence[i]!, inSentence[i + 1]!];
      // (not the two ends of a span, «خلال الفترة من 28 جويلية إلى 4 أوت»: a tour or a stay, which the event's day falls in)
      const gap = first.sentence.norm.slice(a.mention.end ?? a.mention.at, b.mention.at);
      if (b.mention.at - (a.mention.end ?? a.mention.at) <= JOINED_REACH && a.resolved.date!.date !== b.resolved.date!.date && !isSpanGap(gap)) {
        review(`the text gives two days for the event: ${a.resolved.date!.date} and ${b.resolved.date!.date}`);
      }
    }
    const title = days(candidates.filter((candidate) => candidate.sentence.index === 0));
    if (first.sentence.index !== 0 && title.some((candidate) => candidate.resolved.date!.date !== date.date)) review(`the title dates the event ${title[0]!.resolved.date!.date}, the text ${date.date}`);
    for (const other of inFirst) if (other.resolved.weekdayMismatch && other !== full) review(`the weekday written with ${other.resolved.date?.date ?? 'a date'} is not that day's`);
  }
  const published = publishedAt === undefined ? undefined : isoDayToTime(publishedAt);
  const day = isoDayToTime(date.date);
  if (published !== undefined && day !== undefined) {
    if (date.precision === 'day' && day > published + AHEAD_DAYS * DAY_MS) review(`the event date ${date.date} is after the publication day ${publishedAt}`);
    else if (day < published - STALE_DAYS * DAY_MS) review(`the event date ${date.date} is more than a year before the publication day ${publishedAt}: a background date?`);
  }
  return result;
}

function sameAsEvent(resolved: ResolvedDate, event: Pick<DateExtraction, 'date' | 'partialDate'>): boolean {
  if (event.date && resolved.date) {
    const coarser = precisionRank[resolved.date.precision] < precisionRank[event.date.precision] ? resolved.date.precision : event.date.precision;
    const length = { day: 10, month: 7, year: 4 }[coarser];
    return resolved.date.date.slice(0, length) === event.date.date.slice(0, length);
  }
  // (a full event date compared with a partial one, «أيار من العام نفسه», «30 تشرين الأول»: its month and day, to its precision)
  const given = event.partialDate ?? (event.date ? eventDateToPartial(event.date) : {});
  const other = resolved.partial ?? (resolved.date ? { year: +resolved.date.date.slice(0, 4), month: +resolved.date.date.slice(5, 7), day: +resolved.date.date.slice(8, 10) } : {});
  return (given.month === undefined || other.month === undefined || given.month === other.month) && (given.day === undefined || other.day === undefined || given.day === other.day);
}

/** The month and day of a full date, as far as its precision gives them. */
function eventDateToPartial(date: NonNullable<DateExtraction['date']>): { month?: number; day?: number } {
  if (date.precision === 'year') return {};
  const month = +date.date.slice(5, 7);
  return date.precision === 'day' ? { month, day: +date.date.slice(8, 10) } : { month };
}

/**
 * sameAsEvent, and for the people of an event told by a day near an undated report («اليوم الاثنين»), a month called
 * past («في مايو الماضي») is another time: it is before the report's month.
 */
function sameAsEventOrNear(resolved: ResolvedDate, event: Pick<DateExtraction, 'date' | 'partialDate' | 'relativeDay'>): boolean {
  return !(event.relativeDay && resolved.past && resolved.partial?.day === undefined) && sameAsEvent(resolved, event);
}

/**
 * Marks as background every sentence that gives only dates other than the event's, and the rest of a
 * paragraph that opens with such a sentence (a paragraph about an earlier meeting).
 */
export function markOtherDateSentences(sentences: Sentence[], dates: DateExtraction): Sentence[] {
  let backgroundParagraph = -2;
  const ledeParagraph = ledeParagraphOf(sentences);
  return sentences.map((sentence) => {
    // (not a date of what the talks agreed or of what was told at them: «أبلغ X نظيره أن المملكة ستستضيف … في يناير»)
    const resolved = (dates.sentenceDates.get(sentence.index) ?? []).filter((item) => (item.date || item.partial) && !(item.at !== undefined && ((item.aside && isSinceReference(sentence.norm, item.at)) || inPlan(sentence, item.at))));
    // (with no event day known, a full date past the paragraph after the lede is another time's: the extraction would have
    // dated the event by it were it the event's, «وتحديداً في 26 فبراير 2014، بحث وزير الخارجية السويدي آنذاك …»)
    const undatedEvent = !dates.date && !dates.partialDate && sentence.paragraph > ledeParagraph + 1;
    // (a month alone in a relative clause beside it changes nothing: «وفي مايو 2024، زار … لمؤتمر "كوب 29" الذي استضافته
    // باكو في نوفمبر من العام ذاته»)
    const fullDate = (item: ResolvedDate) => item.date !== undefined && item.date.precision !== 'year';
    const other = resolved.length > 0 && (undatedEvent ? resolved.some(fullDate) && resolved.every((item) => fullDate(item) || (item.aside && item.date === undefined)) : !resolved.some((item) => sameAsEvent(item, dates)));
    if (sentence.firstInParagraph) backgroundParagraph = (other || sentence.background) && sentence.paragraph >= 0 ? sentence.paragraph : -2;
    const inherited = sentence.paragraph === backgroundParagraph && !sentence.firstInParagraph && resolved.length === 0;
    if (!other && !inherited) return sentence;
    // right after the lede, dates told only in relative clauses («…، الذي وصل الأحد إلى نيودلهي») leave the main clause the event's people
    const clauseStarts = other && !inherited && !sentence.background && sentence.paragraph === ledeParagraph + 1 ? resolved.map((item) => (item.at === undefined ? undefined : asideClauseStart(sentence.norm, item.at))) : [];
    const asideFrom = clauseStarts.length > 0 && clauseStarts.every((start) => start !== undefined) ? Math.min(...(clauseStarts as number[])) : undefined;
    return { ...sentence, background: true, ...(asideFrom !== undefined ? { asideFrom } : {}) };
  });
}

/** «منذ» right before a date, folded: the time since which («الأول منذ أكتوبر 2018»). */
const SINCE_DATE = /(?:^|\s)منذ\s*(?:عام|سنه)?\s*$/;
/** A clause telling what happened at that time («منذ يناير 2022، حين عقدت الجولة السادسة»), within the words after the date, folded. */
const THEN_CLAUSE = /^[^.!?؟؛]{0,40}?(?:^|\s)(?:حين|حينما|عندما|حيث|اذ)(?:\s|$)/;

/**
 * Whether the date at `at` is only the time since which («وهو الأول من نوعه منذ أكتوبر 2018»): the sentence tells the
 * event, not that time — unless a clause after the date tells what happened then.
 */
function isSinceReference(norm: string, at: number): boolean {
  return SINCE_DATE.test(norm.slice(Math.max(0, at - 12), at)) && !THEN_CLAUSE.test(norm.slice(at));
}

/** Per sentence, where the dates told aside that are not the event's stand: the clauses around them tell another time. */
export function otherTimeAsides(dates: DateExtraction): Map<number, number[]> {
  const asides = new Map<number, number[]>();
  for (const [index, resolved] of dates.sentenceDates) {
    const other = resolved.filter((item) => item.aside && item.at !== undefined && (item.date || item.partial) && !sameAsEventOrNear(item, dates)).map((item) => item.at!);
    if (other.length) asides.set(index, other);
  }
  return asides;
}

/** The sentences that give a date of another time than the event's («في نوفمبر الماضي» in an article of April): they tell other meetings (not a date of what the talks agreed or told). */
export function sentencesOfOtherTimes(dates: DateExtraction, sentences: readonly Sentence[]): Set<number> {
  const indices = new Set<number>();
  if (!dates.date && !dates.relativeDay) return indices;
  for (const [index, resolved] of dates.sentenceDates) {
    const sentence = sentences[index];
    if (resolved.some((item) => (item.date || item.partial) && !sameAsEventOrNear(item, dates) && !(sentence && item.at !== undefined && inPlan(sentence, item.at)))) indices.add(index);
  }
  return indices;
}

/** Whether the position `at` of the sentence's folded text stands in a clause opened on another time («منذ», «عندما»). */
function inOtherTimeClause(sentence: Sentence, at: number): boolean {
  const token = sentence.tokens.findIndex((candidate) => candidate.end > at);
  return token >= 0 && inOpenedClause(sentence, openedClausesOf(sentence).filter((clause) => clause.value === 'other'), token);
}
