import { lineToMatchKey } from './matchKey.ts';
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
  return start.includes(':') || start.includes('：') ? lineToMatchKey(start) : '';
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
