import {
  HIJRI_MONTHS,
  MONTHS,
  MONTH_RELATIONS,
  ORDINAL_DAY_PATTERN,
  ordinalToDay,
  PERSIAN_MONTHS,
  RELATIVE_DAYS,
  RELATIVE_MONTHS,
  TODAY_BLOCKED_AFTER,
  TODAY_BLOCKED_BEFORE,
  VAGUE_TIMES,
  WEEKDAYS,
  wordsToAlternation,
  type CalendarName,
} from './arabicDateWords.ts';

export type MonthRelation = 'current' | 'past' | 'lastYear' | 'next' | 'nextYear';

/** A date expression as written: absolute parts in some calendar, or a day or month relative to the publication date. */
export interface DateMention {
  /** calendar: parts of a date; relative: a day from publication (اليوم، أمس); relativeMonth: a month from it (الشهر الماضي);
   * weekday: a weekday alone; vague: a time that names no day (الأسبوع الماضي). */
  kind: 'calendar' | 'relative' | 'relativeMonth' | 'weekday' | 'vague';
  /** The calendar of a calendar mention; absent means Gregorian. */
  calendar?: CalendarName;
  /** A date in figures whose calendar only its year tells, no era written («1387/09/08»): Hijri or Iranian solar alike. */
  eraUnwritten?: true;
  year?: number;
  month?: number;
  day?: number;
  /** For a calendar mention without year: الجاري، الماضي، من هذا العام … */
  relation?: MonthRelation;
  /** For "اليوم" / "أمس" / "غدا": days from publication; for a relative month, months from it. */
  offset?: number;
  /** 0 = Sunday … 6 = Saturday: a weekday alone, or the one written next to a relative day or a date. */
  weekday?: number;
  /** "الثلاثاء الماضي" → past, "الثلاثاء المقبل" → next. */
  weekdayRelation?: 'past' | 'next';
  /** Position in the folded text, and the end of the expression. */
  at: number;
  end?: number;
}

// The grammar, on folded text (src/arabic): [weekday] day [من] [شهر] month [(other-set month)] [year] [era]
/** Not inside a word or a number; a number after a colon is a time («00:05»), not a day. */
const L = '(?<![\\p{L}\\p{N}])(?<!\\d:)';
const R = '(?![\\p{L}\\p{N}])';
const gregorianMonth = `(?:${wordsToAlternation(MONTHS.keys())})`;
const hijriMonth = `(?:${wordsToAlternation(HIJRI_MONTHS.keys())})`;
const persianMonth = `(?:${wordsToAlternation(PERSIAN_MONTHS.keys())})`;
const ordinal = `(?:${ORDINAL_DAY_PATTERN})`;
const relation = `(?:${wordsToAlternation(MONTH_RELATIONS.keys())})`;
const weekday = `(?:${wordsToAlternation(WEEKDAYS.keys())})`;
const dayWord = `(?:\\d{1,2}|${ordinal})`;
/** Between the parts of a date: spaces, or a dash, slash, dot or comma with spaces («5-يونيو-2024», «٠٣ / ذو القعدة / ١٤٤٦»). */
const joint = '(?:\\s*[-/.،,]\\s*|\\s+)';
// a second month name in another regional set: "مارس/آذار", "مارس (آذار)", "آب (أغسطس)", and Reuters' "أكتوبر تشرين الأول"
const monthPair = `(?<month>${gregorianMonth})(?:(?:\\s*(?:/|\\(|-)\\s*|\\s+)${gregorianMonth}\\s*\\)?)?`;
/** ه (هـ folded) marks a Hijri year, م a Gregorian one, ش an Iranian solar one. */
const era = '(?:\\s*(?<era>ه|م|ش)(?![\\p{L}]))?';
const yearPart = `(?:${joint}(?:من\\s+)?(?:عام|العام|سنه|لعام)?\\s*(?<year>\\d{4})${era}${R}|\\s+(?<relation>${relation})${R})`;

const calendarPattern = new RegExp(
  `${L}(?:(?<day>${dayWord})(?:\\s*(?:-|–|و|الي|حتي)\\s*${dayWord})?${joint}(?:من\\s+)?(?:شهر\\s+)?)?${monthPair}${R}${yearPart}?`,
  'gu',
);
const hijriPattern = new RegExp(`${L}(?<day>${dayWord})${joint}(?:من\\s+)?(?:شهر\\s+)?(?<month>${hijriMonth})${R}(?:${joint}(?<year>\\d{4})${era})?${R}`, 'gu');
const persianPattern = new RegExp(`${L}(?<day>\\d{1,2})\\s+(?<month>${persianMonth})\\s+(?<year>\\d{4})${R}`, 'gu');
// numeric dates: day first as Arabic sites write them (27/11/2024, 27-11-2024, 27.11.2024) and year first (2024-11-27, 2023/11/02); an era after them (1444/12/28 هـ)
const numericPattern = new RegExp(
  `${L}(?:(?<day>\\d{1,2})\\s*[/.-]\\s*(?<month>\\d{1,2})\\s*[/.-]\\s*(?<year>\\d{4})|(?<isoYear>\\d{4})\\s*[/.-]\\s*(?<isoMonth>\\d{1,2})\\s*[/.-]\\s*(?<isoDay>\\d{1,2}))${era}(?:${R}|(?=t\\d))`,
  'gu',
);
const yearOnlyPattern = new RegExp(`${L}(?:في\\s+|خلال\\s+)?(?:عام|العام|سنه)\\s+(?<year>\\d{4})م?${R}`, 'gu');
const relativePattern = new RegExp(
  `${L}(?:(?<vague>${wordsToAlternation(VAGUE_TIMES)})|(?<relativeMonth>${wordsToAlternation(RELATIVE_MONTHS.keys())})|(?<relative>${wordsToAlternation(RELATIVE_DAYS.keys())})(?:\\s*\\(?\\s*(?<todayWeekday>${weekday})\\s*\\)?)?|(?:يوم\\s+)?(?<weekday>${weekday})(?:\\s+(?<weekdayRelation>الماضي|الماضيه|المنصرم|المقبل|القادم))?)${R}`,
  'gu',
);

const monthLeads = new Set(['في', 'خلال', 'مطلع', 'منتصف', 'اواخر', 'اوائل', 'اوايل', 'بدايه', 'نهايه', 'شهر']);

// cheap tests that decide which of the date regexes are worth running
const monthCue = new RegExp(gregorianMonth, 'u');
const hijriCue = new RegExp(hijriMonth, 'u');
const persianCue = new RegExp(persianMonth, 'u');
const yearCue = /عام|سنه/;
const numericCue = /\d\s*[/.-]\s*\d/;
/**
 * A wire's dateline opening the text with the day and month in figures and the agency in brackets («الكويت - 30 - 4
 * (كونا) --», «مكسيكو سيتي - 17 - 9 (كونا) --»): the story's day, its year the publication's.
 */
const wireDatelinePattern = /^[\p{L}\s]{2,30}?\s*-\s*(?<day>\d{1,2})\s*-\s*(?<month>\d{1,2})\s*(?=\()/u;
const dayCue = new RegExp(`${wordsToAlternation(RELATIVE_DAYS.keys())}|${weekday}|${wordsToAlternation(VAGUE_TIMES)}|الشهر|مؤخرا|قبل`, 'u');

function dayValue(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return /^\d+$/.test(text) ? Number(text) : ordinalToDay(text);
}

/** What may stand between two words besides spaces: commas, stops, colons, brackets and quotes. */
const BETWEEN_WORDS = /[\s،,.:;؛!?؟()«»"']+/;

/** The word right before `at`, without the marks around it. */
function wordBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 12), at).split(BETWEEN_WORDS).filter(Boolean);
  return before[before.length - 1] ?? '';
}

/** The word right after `end`, without the marks around it («في اليوم نفسه،»: «نفسه»). */
function wordAfter(text: string, end: number): string {
  return text.slice(end, end + 16).split(BETWEEN_WORDS).filter(Boolean)[0] ?? '';
}

/** The calendar an era letter names, or the given default. */
function eraToCalendar(era: string | undefined, fallback: CalendarName): CalendarName {
  return era === 'ه' ? 'islamic' : era === 'ش' ? 'persian' : era === 'م' ? 'gregory' : fallback;
}

/** Every date expression in already-folded text, in reading order. */
export function findDateMentions(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  const isTaken = (at: number) => taken.some(([start, end]) => at >= start && at < end);
  const take = (mention: DateMention, length: number) => {
    mention.end = mention.at + length;
    mentions.push(mention);
    taken.push([mention.at, mention.end]);
  };
  for (const match of hijriCue.test(text) ? text.matchAll(hijriPattern) : []) {
    const groups = match.groups!;
    const mention: DateMention = { kind: 'calendar', calendar: 'islamic', month: HIJRI_MONTHS.get(groups.month!.replace(/\s+/g, ' '))!, day: dayValue(groups.day)!, at: match.index };
    if (mention.day === undefined) continue;
    if (groups.year) mention.year = Number(groups.year);
    take(mention, match[0].length);
  }
  for (const match of persianCue.test(text) ? text.matchAll(persianPattern) : []) {
    const groups = match.groups!;
    take({ kind: 'calendar', calendar: 'persian', day: Number(groups.day), month: PERSIAN_MONTHS.get(groups.month!)!, year: Number(groups.year), at: match.index }, match[0].length);
  }
  for (const match of numericCue.test(text) ? text.matchAll(numericPattern) : []) {
    if (isTaken(match.index)) continue;
    const groups = match.groups!;
    const [year, month, day] = groups.year ? [groups.year, groups.month, groups.day] : [groups.isoYear, groups.isoMonth, groups.isoDay];
    if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) continue;
    const mention: DateMention = { kind: 'calendar', year: Number(year), month: Number(month), day: Number(day), at: match.index };
    const calendar = eraToCalendar(groups.era, Number(year) < 1500 ? 'islamic' : 'gregory');
    if (calendar !== 'gregory') mention.calendar = calendar;
    if (calendar !== 'gregory' && groups.era === undefined) mention.eraUnwritten = true;
    take(mention, match[0].length);
  }
  const wire = wireDatelinePattern.exec(text);
  if (wire) {
    const [day, month] = [Number(wire.groups!.day), Number(wire.groups!.month)];
    const at = wire[0].search(/\d/);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && !isTaken(at)) take({ kind: 'calendar', day, month, at }, wire[0].length - at);
  }
  for (const match of monthCue.test(text) ? text.matchAll(calendarPattern) : []) {
    if (isTaken(match.index)) continue;
    const groups = match.groups!;
    const mention: DateMention = { kind: 'calendar', month: MONTHS.get(groups.month!.replace(/\s+/g, ' ')), at: match.index };
    const day = dayValue(groups.day);
    if (day !== undefined) mention.day = day;
    if (groups.year) mention.year = Number(groups.year);
    if (groups.relation) mention.relation = MONTH_RELATIONS.get(groups.relation.replace(/\s+/g, ' ')) as MonthRelation;
    // a bare month counts only after "في" / "خلال" / "مطلع" … ("ماي" or "آب" alone may be other words)
    if (mention.day === undefined && mention.year === undefined && mention.relation === undefined && !monthLeads.has(wordBefore(text, match.index).replace(/^و/, ''))) continue;
    take(mention, match[0].length);
  }
  for (const match of yearCue.test(text) ? text.matchAll(yearOnlyPattern) : []) {
    const at = match.index + match[0].indexOf(match.groups!.year!);
    if (!isTaken(at)) take({ kind: 'calendar', year: Number(match.groups!.year), at: match.index }, match[0].length);
  }
  for (const match of dayCue.test(text) ? text.matchAll(relativePattern) : []) {
    if (isTaken(match.index)) continue;
    const groups = match.groups!;
    if (groups.vague) {
      take({ kind: 'vague', at: match.index }, match[0].length);
    } else if (groups.relativeMonth) {
      take({ kind: 'relativeMonth', offset: RELATIVE_MONTHS.get(groups.relativeMonth.replace(/\s+/g, ' '))!, at: match.index }, match[0].length);
    } else if (groups.relative) {
      const relative = groups.relative.replace(/\s+/g, ' ');
      if (relative === 'اليوم' && !groups.todayWeekday) {
        if (TODAY_BLOCKED_BEFORE.has(wordBefore(text, match.index)) || TODAY_BLOCKED_AFTER.has(wordAfter(text, match.index + match[0].length))) continue;
      }
      const mention: DateMention = { kind: 'relative', offset: RELATIVE_DAYS.get(relative)!, at: match.index };
      if (groups.todayWeekday) mention.weekday = WEEKDAYS.get(groups.todayWeekday);
      take(mention, match[0].length);
    } else if (groups.weekday) {
      const mention: DateMention = { kind: 'weekday', weekday: WEEKDAYS.get(groups.weekday)!, at: match.index };
      if (groups.weekdayRelation) mention.weekdayRelation = /^(الماضي|المنصرم)/.test(groups.weekdayRelation) ? 'past' : 'next';
      take(mention, match[0].length);
    }
  }
  mentions.sort((a, b) => a.at - b.at);
  // A weekday written right before a date names that date's weekday («الأحد 17 يوليو 2023»): kept on the date, to be checked.
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [first, next] = [mentions[i]!, mentions[i + 1]!];
    if (first.kind === 'weekday' && first.weekdayRelation === undefined && next.kind === 'calendar' && next.day !== undefined && /^[\s،,(]*(?:(?:يوم|الموافق|الموافق ل|م)\s*)?[\s،,(]*$/.test(text.slice(first.end, next.at))) {
      next.weekday = first.weekday;
      next.at = first.at;
      mentions.splice(i, 1);
    }
  }
  return mentions;
}
