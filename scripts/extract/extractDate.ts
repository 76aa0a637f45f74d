import { DATE_CUE_WORDS } from './arabicDateWords.ts';
import { findDateMentions } from './parseArabicDate.ts';
import { withoutProclitics } from './phraseIndex.ts';
import { isoDayToTime } from '../../src/utils/isoDayToTime.ts';
import { resolveDateMention, type ResolvedDate } from './resolveDateMention.ts';
import type { Sentence } from './sentences.ts';
import type { Extraction } from './types.ts';

/** The event date found, and every resolved date per sentence (to tell background sentences later). */
export interface DateExtraction {
  date?: Extraction['date'];
  partialDate?: Extraction['partialDate'];
  warnings: string[];
  /** Sentence index → the dates that sentence gives. */
  sentenceDates: Map<number, ResolvedDate[]>;
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
const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The event's date: the most precise date of the first sentence (title first) that gives one and is not
 * background or future. A date without year stays partial; relative words need the publication day.
 */
export function extractDate(sentences: Sentence[], publishedAt?: string): DateExtraction {
  const warnings: string[] = [];
  const sentenceDates = new Map<number, ResolvedDate[]>();
  let chosen: Pick<DateExtraction, 'date' | 'partialDate'> | undefined;
  for (const sentence of sentences) {
    if (!mayHoldDate(sentence)) continue;
    const mentions = findDateMentions(sentence.norm);
    if (mentions.length === 0) continue;
    const resolved = mentions.map((mention) => resolveDateMention(mention, publishedAt));
    sentenceDates.set(sentence.index, resolved);
    if (chosen || sentence.background || sentence.future) continue;
    const usable = resolved.filter((item) => !item.future && (item.date || item.partial));
    if (usable.length === 0) {
      if (mentions.some((mention) => mention.kind !== 'calendar') && publishedAt === undefined) {
        warnings.push(`the event is dated by a relative day ("${sentence.text.slice(0, 60)}…") but the article has no publication date`);
        chosen = {};
      }
      continue;
    }
    const full = usable.filter((item) => item.date).sort((a, b) => precisionRank[b.date!.precision] - precisionRank[a.date!.precision])[0];
    if (full) {
      chosen = { date: full.date! };
      if (full.weekdayMismatch) warnings.push(`the weekday written next to ${full.date!.date} does not match it`);
      const weekday = mentions.find((mention) => mention.kind === 'weekday' && mention.weekdayRelation === undefined);
      if (weekday && full.date!.precision === 'day' && mentions.some((mention) => mention.kind === 'calendar')) {
        const actual = new Date(isoDayToTime(full.date!.date)!).getUTCDay();
        if (actual !== weekday.weekday) warnings.push(`the text calls ${full.date!.date} a ${weekdayNames[weekday.weekday!]}, but it is a ${weekdayNames[actual]}`);
      }
    } else {
      const partial = usable.map((item) => item.partial!).sort((a, b) => Object.keys(b).length - Object.keys(a).length)[0]!;
      chosen = { partialDate: partial };
      warnings.push('the text gives the event date without a year: an editorial date is needed');
    }
  }
  if (!chosen || (!chosen.date && !chosen.partialDate)) {
    if (!warnings.length) warnings.push('the text gives no event date: an editorial date is needed');
  }
  return { ...chosen, warnings, sentenceDates };
}

function sameAsEvent(resolved: ResolvedDate, event: Pick<DateExtraction, 'date' | 'partialDate'>): boolean {
  if (event.date && resolved.date) {
    const coarser = precisionRank[resolved.date.precision] < precisionRank[event.date.precision] ? resolved.date.precision : event.date.precision;
    const length = { day: 10, month: 7, year: 4 }[coarser];
    return resolved.date.date.slice(0, length) === event.date.date.slice(0, length);
  }
  const given = event.partialDate ?? {};
  const other = resolved.partial ?? (resolved.date ? { year: +resolved.date.date.slice(0, 4), month: +resolved.date.date.slice(5, 7), day: +resolved.date.date.slice(8, 10) } : {});
  return (given.month === undefined || other.month === undefined || given.month === other.month) && (given.day === undefined || other.day === undefined || given.day === other.day);
}

/**
 * Marks as background every sentence that gives only dates other than the event's, and the rest of a
 * paragraph that opens with such a sentence (a paragraph about an earlier meeting).
 */
export function markOtherDateSentences(sentences: Sentence[], dates: DateExtraction): Sentence[] {
  let backgroundParagraph = -2;
  return sentences.map((sentence) => {
    const resolved = (dates.sentenceDates.get(sentence.index) ?? []).filter((item) => item.date || item.partial);
    const other = resolved.length > 0 && !resolved.some((item) => sameAsEvent(item, dates));
    if (sentence.firstInParagraph) backgroundParagraph = (other || sentence.background) && sentence.paragraph >= 0 ? sentence.paragraph : -2;
    const inherited = sentence.paragraph === backgroundParagraph && !sentence.firstInParagraph && resolved.length === 0;
    return other || inherited ? { ...sentence, background: true } : sentence;
  });
}
