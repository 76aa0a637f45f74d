import { CalendarDate, GregorianCalendar, IslamicUmalquraCalendar, PersianCalendar, toCalendar } from '@internationalized/date';
import { isoDayToTime } from '../../src/utils/isoDayToTime.ts';
import type { CalendarName } from './arabicDateWords.ts';
import type { DateMention } from './parseArabicDate.ts';

/** A date mention made concrete: a full date (with precision), or the parts the text gave. */
export interface ResolvedDate {
  date?: { date: string; precision: 'day' | 'month' | 'year' };
  partial?: { year?: number; month?: number; day?: number };
  /** A month the text calls coming (المقبل): a plan, not the event. "غدا" / "الخميس المقبل" of a preview article are the event's day and not flagged. */
  future?: boolean;
  /** A month the text calls past («مايو الماضي», «العام الماضي») that no publication date places: before the month of the report. */
  past?: boolean;
  /** The weekday written next to the date is not that date's weekday. */
  weekdayMismatch?: boolean;
  /** A time that names no day («الأسبوع الماضي»): the event's date cannot be read from it. */
  vague?: boolean;
  /** The calendar the text wrote the date in, when not Gregorian. */
  calendar?: CalendarName;
  /** Told aside, in a relative clause or after «منذ»: it dates what that clause tells (set by extractDate). */
  aside?: boolean;
  /** Where the date stands in its folded sentence (set by extractDate). */
  at?: number;
}

const pad = (value: number) => String(value).padStart(2, '0');
const DAY_MS = 86_400_000;

/** YYYY-MM-DD of a UTC time. */
export function timeToIsoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function calendarDay(year: number, month: number, day: number): string | undefined {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isoDayToTime(iso) === undefined ? undefined : iso;
}

const calendars = { islamic: new IslamicUmalquraCalendar(), persian: new PersianCalendar() };
const gregorian = new GregorianCalendar();

/** The Gregorian day of a Hijri (Umm al-Qura) or Iranian solar date, by @internationalized/date; undefined when the day does not exist. */
export function calendarDateToIsoDay(calendar: Exclude<CalendarName, 'gregory'>, year: number, month: number, day: number): string | undefined {
  const source = new CalendarDate(calendars[calendar], year, month, day);
  // the library clamps impossible days (30 of a 29-day month); such a date is not one
  if (source.day !== day || source.month !== month) return undefined;
  const date = toCalendar(source, gregorian);
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

function resolveCalendar(mention: DateMention, published: number | undefined): ResolvedDate {
  const { month, day } = mention;
  if (mention.calendar && mention.calendar !== 'gregory') {
    // Hijri and solar dates are read only whole: a day and month without a year is left to the Gregorian text around it.
    if (mention.year === undefined || month === undefined || day === undefined) return { partial: {}, calendar: mention.calendar };
    const iso = calendarDateToIsoDay(mention.calendar, mention.year, month, day);
    return iso ? { date: { date: iso, precision: 'day' }, calendar: mention.calendar, ...weekdayCheck(mention, iso) } : { partial: {} };
  }
  let year = mention.year;
  let future = false;
  if (year === undefined && month !== undefined && mention.relation && published !== undefined) {
    const pub = new Date(published);
    const pubYear = pub.getUTCFullYear();
    const pubMonth = pub.getUTCMonth() + 1;
    if (mention.relation === 'current') year = pubYear;
    else if (mention.relation === 'lastYear') year = pubYear - 1;
    else if (mention.relation === 'nextYear') year = pubYear + 1;
    else if (mention.relation === 'past') year = month < pubMonth || (month === pubMonth && day !== undefined && day < pub.getUTCDate()) ? pubYear : pubYear - 1;
    else if (mention.relation === 'next') year = month > pubMonth ? pubYear : pubYear + 1;
    future = mention.relation === 'next' || mention.relation === 'nextYear';
  } else if (mention.relation === 'next' || mention.relation === 'nextYear') future = true;
  else if (year === undefined && month !== undefined && day !== undefined && published !== undefined) year = yearNearPublication(month, day, published);
  if (year === undefined) return { partial: { ...(month !== undefined && { month }), ...(day !== undefined && { day }) }, future, ...(mention.relation === 'past' || mention.relation === 'lastYear' ? { past: true } : {}) };
  if (month === undefined) return { date: { date: `${year}-01-01`, precision: 'year' }, future };
  if (day === undefined) return { date: { date: `${year}-${pad(month)}-01`, precision: 'month' }, future };
  const iso = calendarDay(year, month, day);
  if (!iso) return { partial: { year, month, day } };
  return { date: { date: iso, precision: 'day' }, future, ...weekdayCheck(mention, iso) };
}

/** How far before the publication day a day and month without a year is still read in the publication's year (a dateline, «يوم الثلاثاء 20 آب»), and how far after it (a preview). */
const YEARLESS_BEFORE_DAYS = 62;
const YEARLESS_AFTER_DAYS = 7;

/** The year that puts a day and month within two months before (or a week after) the publication day, if one does. */
function yearNearPublication(month: number, day: number, published: number): number | undefined {
  const pubYear = new Date(published).getUTCFullYear();
  for (const year of [pubYear, pubYear - 1, pubYear + 1]) {
    const time = isoDayToTime(`${year}-${pad(month)}-${pad(day)}`);
    if (time !== undefined && time >= published - YEARLESS_BEFORE_DAYS * DAY_MS && time <= published + YEARLESS_AFTER_DAYS * DAY_MS) return year;
  }
  return undefined;
}

/** A weekday written next to a date must be that date's. */
function weekdayCheck(mention: DateMention, iso: string): Pick<ResolvedDate, 'weekdayMismatch'> {
  if (mention.weekday === undefined) return {};
  return new Date(isoDayToTime(iso)!).getUTCDay() === mention.weekday ? {} : { weekdayMismatch: true };
}

function resolveRelative(mention: DateMention, published: number): ResolvedDate {
  if (mention.kind === 'relative') {
    const time = published + mention.offset! * DAY_MS;
    const resolved: ResolvedDate = { date: { date: timeToIsoDay(time), precision: 'day' } };
    if (mention.weekday !== undefined && new Date(time).getUTCDay() !== mention.weekday) resolved.weekdayMismatch = true;
    return resolved;
  }
  if (mention.kind === 'relativeMonth') {
    const pub = new Date(published);
    const first = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + mention.offset!, 1));
    return { date: { date: timeToIsoDay(first.getTime()), precision: 'month' }, ...(mention.offset! > 0 ? { future: true } : {}) };
  }
  const pubWeekday = new Date(published).getUTCDay();
  if (mention.weekdayRelation === 'next') {
    const ahead = (mention.weekday! - pubWeekday + 7) % 7 || 7;
    return { date: { date: timeToIsoDay(published + ahead * DAY_MS), precision: 'day' } };
  }
  // A weekday alone is the last such day up to the publication day: «يوم الاثنين» in an article of Wednesday 16 October is Monday 14 October.
  let back = (pubWeekday - mention.weekday! + 7) % 7;
  if (mention.weekdayRelation === 'past' && back === 0) back = 7;
  return { date: { date: timeToIsoDay(published - back * DAY_MS), precision: 'day' } };
}

/**
 * Makes a mention concrete: calendar dates as written (Hijri and Iranian solar ones converted to Gregorian), relative
 * words and weekdays against the publication day (YYYY-MM-DD) only; nothing is guessed.
 */
export function resolveDateMention(mention: DateMention, publishedAt?: string): ResolvedDate {
  const published = publishedAt === undefined ? undefined : isoDayToTime(publishedAt);
  if (mention.kind === 'vague') return { vague: true };
  if (mention.kind === 'calendar') return resolveCalendar(mention, published);
  if (published === undefined) return {};
  return resolveRelative(mention, published);
}
