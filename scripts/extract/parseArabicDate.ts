import { MONTHS, MONTH_RELATIONS, ORDINAL_DAY_PATTERN, ordinalToDay, RELATIVE_DAYS, TODAY_BLOCKED_AFTER, TODAY_BLOCKED_BEFORE, WEEKDAYS, wordsToAlternation } from './arabicDateWords.ts';

export type MonthRelation = 'current' | 'past' | 'lastYear' | 'next' | 'nextYear';

/** A date expression as written: absolute parts, or a day relative to the publication date. */
export interface DateMention {
  kind: 'calendar' | 'relative' | 'weekday';
  year?: number;
  month?: number;
  day?: number;
  /** For a calendar mention without year: الجاري، الماضي، من هذا العام … */
  relation?: MonthRelation;
  /** For "اليوم" / "أمس" / "غدا": days from publication. */
  offset?: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  /** "الثلاثاء الماضي" → past, "الثلاثاء المقبل" → next. */
  weekdayRelation?: 'past' | 'next';
  /** Position in the normalised text. */
  at: number;
}

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
const month = `(?:${wordsToAlternation(MONTHS.keys())})`;
const ordinal = `(?:${ORDINAL_DAY_PATTERN})`;
const relation = `(?:${wordsToAlternation(MONTH_RELATIONS.keys())})`;
const weekday = `(?:${wordsToAlternation(WEEKDAYS.keys())})`;
const dayWord = `(?:\\d{1,2}|${ordinal})`;
// a second month name in another regional set: "مارس/آذار", "مارس (آذار)"
const monthPair = `(?<month>${month})(?:\\s*(?:/|\\(|-)\\s*${month}\\s*\\)?)?`;
const yearPart = `(?:\\s*[,،]?\\s*(?:من\\s+)?(?:عام|العام|سنه|لعام)?\\s*(?<year>\\d{4})م?${R}|\\s+(?<relation>${relation})${R})`;

const calendarPattern = new RegExp(
  `${L}(?:(?<day>${dayWord})(?:\\s*(?:-|–|و|الي|حتي)\\s*${dayWord})?\\s+(?:من\\s+)?(?:شهر\\s+)?)?${monthPair}${R}${yearPart}?`,
  'gu',
);
// numeric dates inside the text: 27/11/2024, 27-11-2024 (day first, as Arabic sites write them) and 2024-11-27
const numericPattern = new RegExp(`${L}(?:(?<day>\\d{1,2})[/.-](?<month>\\d{1,2})[/.-](?<year>\\d{4})|(?<isoYear>\\d{4})-(?<isoMonth>\\d{1,2})-(?<isoDay>\\d{1,2}))${R}`, 'gu');
const yearOnlyPattern = new RegExp(`${L}(?:في\\s+|خلال\\s+)?(?:عام|العام|سنه)\\s+(?<year>\\d{4})م?${R}`, 'gu');
const relativePattern = new RegExp(`${L}(?:(?<relative>${wordsToAlternation(RELATIVE_DAYS.keys())})(?:\\s+(?<todayWeekday>${weekday}))?|(?:يوم\\s+)?(?<weekday>${weekday})(?:\\s+(?<weekdayRelation>الماضي|الماضيه|المقبل|القادم))?)${R}`, 'gu');

const monthLeads = new Set(['في', 'خلال', 'مطلع', 'منتصف', 'اواخر', 'اوائل', 'بدايه', 'نهايه', 'شهر']);

// cheap tests that decide which of the date regexes are worth running
const monthCue = new RegExp(month, 'u');
const yearCue = /عام|سنه/;
const numericCue = /\d[/.-]\d/;
const dayCue = new RegExp(`${wordsToAlternation(RELATIVE_DAYS.keys())}|${weekday}`, 'u');

function dayValue(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return /^\d+$/.test(text) ? Number(text) : ordinalToDay(text);
}

function wordBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 12), at).trim().split(' ');
  return before[before.length - 1] ?? '';
}

function wordAfter(text: string, end: number): string {
  return text.slice(end, end + 16).trim().split(' ')[0] ?? '';
}

/** Every date expression in already-normalised text, in reading order. */
export function findDateMentions(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  const hasMonth = monthCue.test(text);
  for (const match of hasMonth ? text.matchAll(calendarPattern) : []) {
    const groups = match.groups!;
    const mention: DateMention = { kind: 'calendar', month: MONTHS.get(groups.month!.replace(/\s+/g, ' ')), at: match.index };
    const day = dayValue(groups.day);
    if (day !== undefined) mention.day = day;
    if (groups.year) mention.year = Number(groups.year);
    if (groups.relation) mention.relation = MONTH_RELATIONS.get(groups.relation.replace(/\s+/g, ' ')) as MonthRelation;
    // a bare month counts only after "في" / "خلال" / "مطلع" … ("ماي" or "آب" alone may be other words)
    if (mention.day === undefined && mention.year === undefined && mention.relation === undefined && !monthLeads.has(wordBefore(text, match.index).replace(/^و/, ''))) continue;
    mentions.push(mention);
    taken.push([match.index, match.index + match[0].length]);
  }
  const isTaken = (at: number) => taken.some(([start, end]) => at >= start && at < end);
  for (const match of numericCue.test(text) ? text.matchAll(numericPattern) : []) {
    const groups = match.groups!;
    const [year, month, day] = groups.year ? [groups.year, groups.month, groups.day] : [groups.isoYear, groups.isoMonth, groups.isoDay];
    if (Number(month) < 1 || Number(month) > 12) continue;
    mentions.push({ kind: 'calendar', year: Number(year), month: Number(month), day: Number(day), at: match.index });
    taken.push([match.index, match.index + match[0].length]);
  }
  for (const match of yearCue.test(text) ? text.matchAll(yearOnlyPattern) : []) {
    const at = match.index + match[0].indexOf(match.groups!.year!);
    if (!isTaken(at)) mentions.push({ kind: 'calendar', year: Number(match.groups!.year), at: match.index });
  }
  for (const match of dayCue.test(text) ? text.matchAll(relativePattern) : []) {
    if (isTaken(match.index)) continue;
    const groups = match.groups!;
    if (groups.relative) {
      const relative = groups.relative.replace(/\s+/g, ' ');
      if (relative === 'اليوم' && !groups.todayWeekday) {
        if (TODAY_BLOCKED_BEFORE.has(wordBefore(text, match.index)) || TODAY_BLOCKED_AFTER.has(wordAfter(text, match.index + match[0].length))) continue;
      }
      const mention: DateMention = { kind: 'relative', offset: RELATIVE_DAYS.get(relative)!, at: match.index };
      if (groups.todayWeekday) mention.weekday = WEEKDAYS.get(groups.todayWeekday);
      mentions.push(mention);
    } else if (groups.weekday) {
      const mention: DateMention = { kind: 'weekday', weekday: WEEKDAYS.get(groups.weekday)!, at: match.index };
      if (groups.weekdayRelation) mention.weekdayRelation = groups.weekdayRelation.startsWith('الماضي') ? 'past' : 'next';
      mentions.push(mention);
    }
  }
  return mentions.sort((a, b) => a.at - b.at);
}
