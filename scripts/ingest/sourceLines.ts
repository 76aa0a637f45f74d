import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { ENGLISH_MONTHS, MONTHS, WEEKDAYS } from '../extract/arabicDateWords.ts';
import { parsePublicationDate } from '../extract/parsePublicationDate.ts';
import type { Source } from '../../src/schemas/event.ts';

const SOURCE_LABEL = /^(المصدر|مصدر الخبر|المصدر الاصلي|رابط المصدر|source)\s*[:：]\s*/;
const PUBLISHED_LABEL = /^(تاريخ النشر|تاريخ الاضافه|تاريخ النشر والتحديث|نشر في|نشر بتاريخ|نشرت في|بتاريخ|published( on)?)\s*[:：]\s*/;
const URL_PATTERN = /https?:\/\/[^\s<>"'«»]+/i;

/** The label-free value of a "label: value" line, cut from the original (not the match key) text. */
function valueAfterColon(line: string): string {
  const colon = line.search(/[:：]/);
  return line.slice(colon + 1).trim();
}

/** A real http(s) URL or undefined; trailing punctuation copied along with a link is dropped. */
export function textToUrl(text: string): string | undefined {
  const match = URL_PATTERN.exec(text);
  if (!match) return undefined;
  const candidate = match[0].replace(/[.,،;؛)\]]+$/, '');
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The folded start of a line, enough to hold any label; a line with no colon near its start has none and skips the folding. */
function labelKey(line: string): string {
  const start = line.slice(0, 40);
  return start.includes(':') || start.includes('：') ? normalizeForMatching(start) : '';
}

/** Reads a "المصدر: …" line: a URL becomes `url`, a name becomes `outlet`. Undefined when the line is not a source line. */
export function lineToSource(line: string): Source | undefined {
  if (!SOURCE_LABEL.test(labelKey(line))) return undefined;
  const value = valueAfterColon(line);
  const url = textToUrl(value);
  const outlet = value.replace(URL_PATTERN, '').replace(/^[\s\-–—|:,،]+|[\s\-–—|:,،]+$/g, '');
  return { ...(outlet && /\p{L}/u.test(outlet) ? { outlet } : {}), ...(url ? { url } : {}) };
}

/** Reads a "تاريخ النشر: …" line into `YYYY-MM-DD`; undefined when the line is not a publication line. Null when it is one but has no readable date. */
export function lineToPublishedDay(line: string): string | null | undefined {
  if (!PUBLISHED_LABEL.test(labelKey(line))) return undefined;
  return parsePublicationDate(valueAfterColon(line)) ?? null;
}

const ANY_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;

/** Words a bare date line is made of besides month and weekday names: times, AM/PM, zones, "at", "the". */
const DATE_FILLER = new Set(['ص', 'م', 'صباحا', 'مساء', 'ظهرا', 'am', 'pm', 'gmt', 'utc', 'الساعه', 'الموافق', 'في', 'يوم', 'توقيت', 'مكه', 'القاهره', 'بتوقيت']);

/**
 * A line that is only a date ("الثلاثاء، 07 يناير 2025 - 10:30 ص", "Tuesday 7 January 2025"), as sites print above
 * an article: the publication day. Undefined for any line that says anything else.
 */
export function bareDateLineToDay(line: string): string | undefined {
  // Every date parsePublicationDate reads has a four-digit year: a line with no digit is not one (most lines, skipped cheaply).
  if (line.length > 80 || !ANY_DIGIT.test(line)) return undefined;
  const key = normalizeForMatching(line);
  const words = key.split(/[\s,،\-–—/|:()]+/).filter(Boolean);
  const isDateWord = (word: string) =>
    /^\d+(st|nd|rd|th)?\.?$/.test(word) || MONTHS.has(word) || WEEKDAYS.has(word) || ENGLISH_MONTHS.has(word) || DATE_FILLER.has(word) || /^(mon|tues|wednes|thurs|fri|satur|sun)day$/.test(word);
  // Two-word months (كانون الثاني) are checked as pairs.
  const rest = words.filter((word, i) => !isDateWord(word) && !MONTHS.has(`${words[i - 1]} ${word}`) && !MONTHS.has(`${word} ${words[i + 1]}`));
  return rest.length === 0 && words.length > 0 ? parsePublicationDate(line) : undefined;
}
