import { isoDayToTime } from '../../src/utils/isoDayToTime.ts';
import type { DateMention } from './parseArabicDate.ts';

/** A date mention made concrete: a full date (with precision), or the parts the text gave. */
export interface ResolvedDate {
  date?: { date: string; precision: 'day' | 'month' | 'year' };
  partial?: { year?: number; month?: number; day?: number };
  /** A month the text calls coming (المقبل): a plan, not the event. "غدا" / "الخميس المقبل" of a preview article are the event's day and not flagged. */
  future?: boolean;
  /** The weekday written next to the date is not that date's weekday. */
  weekdayMismatch?: boolean;
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

function resolveCalendar(mention: DateMention, published: number | undefined): ResolvedDate {
  const { month, day } = mention;
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
  if (year === undefined) return { partial: { ...(month !== undefined && { month }), ...(day !== undefined && { day }) }, future };
  if (month === undefined) return { date: { date: `${year}-01-01`, precision: 'year' }, future };
  if (day === undefined) return { date: { date: `${year}-${pad(month)}-01`, precision: 'month' }, future };
  const iso = calendarDay(year, month, day);
  if (!iso) return { partial: { year, month, day } };
  return { date: { date: iso, precision: 'day' }, future };
}

function resolveRelative(mention: DateMention, published: number): ResolvedDate {
  if (mention.kind === 'relative') {
    const time = published + mention.offset! * DAY_MS;
    const resolved: ResolvedDate = { date: { date: timeToIsoDay(time), precision: 'day' } };
    if (mention.weekday !== undefined && new Date(time).getUTCDay() !== mention.weekday) resolved.weekdayMismatch = true;
    return resolved;
  }
  const pubWeekday = new Date(published).getUTCDay();
  let back = (pubWeekday - mention.weekday! + 7) % 7;
  if (mention.weekdayRelation === 'past' && back === 0) back = 7;
  if (mention.weekdayRelation === 'next') {
    const ahead = (mention.weekday! - pubWeekday + 7) % 7 || 7;
    return { date: { date: timeToIsoDay(published + ahead * DAY_MS), precision: 'day' } };
  }
  return { date: { date: timeToIsoDay(published - back * DAY_MS), precision: 'day' } };
}

/** Makes a mention concrete, against the publication day (YYYY-MM-DD) for relative words; nothing is guessed. */
export function resolveDateMention(mention: DateMention, publishedAt?: string): ResolvedDate {
  const published = publishedAt === undefined ? undefined : isoDayToTime(publishedAt);
  if (mention.kind === 'calendar') return resolveCalendar(mention, published);
  if (published === undefined) return {};
  return resolveRelative(mention, published);
}
