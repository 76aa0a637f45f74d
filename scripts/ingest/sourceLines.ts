import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { ENGLISH_MONTHS } from '../extract/arabicDateWords.ts';
import { findDateMentions } from '../extract/parseArabicDate.ts';
import { parsePublicationDate, twoDigitYearToDay } from '../extract/parsePublicationDate.ts';
import type { Source } from '../../src/schemas/event.ts';
import { isInterfaceWord } from './page/lineFeatures.ts';
import { isAgeStampKey } from './page/knownClutter.ts';

const SOURCE_LABEL = /^(المصدر|مصدر الخبر|المصدر الاصلي|رابط المصدر|source)\s*[:：]\s*/;
/**
 * Labels of the line that gives the article's date («نُشر في:», «تاريخ النشر:», «كتابة:», «Published:», El Khabar's «عددنا
 * ليوم …», a print archive's issue «العدد الصادر يوم الثلاثاء …», «عدد الأربعاء …», a print edition's «النسخة الورقية - …»,
 * «من العدد الورقي - …»).
 */
// (a bare «تاريخ» names the article's day only before the date itself or a weekday: «تاريخ الطباعة: 04/12/2026» is the
// day a print version was made, the reader's, as a banner's is)
const PUBLISHED_LABEL = /^(عددنا ليوم|عدد يوم|العدد الصادر يوم|العدد الصادر في|العدد الصادر بتاريخ|(?:العدد الصادر|عدد) (?=(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)\s)|تاريخ النشر|تاريخ الاضافه|تاريخ النشر والتحديث|نشر في|نشر بتاريخ|نشرت في|نشرت|نشر|(?:بتاريخ|تاريخ|التاريخ)(?=\s*[:：]?\s*(?:[\d\p{L}](?<!ا)|ا(?!ل)|ال(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)))|هذا المحتوي نشر|ارشيف العدد|(?:من )?(?:النسخه|الطبعه|العدد) الورقيه?(?:\s*[-–])?|كتابه|published( on)?|posted( on)?)\s*[:：]?\s*(?=[\d\p{L}])/u;
/** Labels of an update stamp: a later day than the article's, used only when a page gives no other. */
// «تحديث» alone is a label only with its colon («تحديث: 5 أيار/مايو 2025»); as a sentence's first word it is a noun.
const UPDATED_LABEL = /^(?:(?:اخر تحديث|تاريخ التحديث|تم التحديث|حدث في|updated|last updated)\s*[:：]?|تحديث\s*[:：])\s*/;
/** Labels of the day a page was seen, not the article's («اليوم: الأحد 6 ديسمبر 2026», «تاريخ اليوم: …»), folded. */
const TODAY_LABEL = /^(?:اليوم|تاريخ اليوم|اليوم هو)\s*[:：]/;
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

/** A dash between spaces: where a print archive's source line sets off its issue's date and number. */
const DASH_PARTS = /\s[-–—]\s/;

/** Where a source line's parts part: a gap of two spaces or more, or a bar between spaces. */
const SOURCE_PARTS = /\s{2,}|\s\|\s/;

/**
 * Reads a "المصدر: …" line: a URL becomes `url`, a name becomes `outlet`, and a publication date after a wide gap or a
 * bar becomes `publishedAt` («المصدر: دبي - وام    التاريخ: 03 مايو 2013»). Undefined when the line is not a source line.
 */
export function lineToSource(line: string): Source | undefined {
  if (!SOURCE_LABEL.test(labelKey(line))) return undefined;
  const [own, ...rest] = line.split(SOURCE_PARTS);
  const publishedAt = rest.map((part) => lineToPublishedDay(part)).find((day) => day);
  if (publishedAt) return { ...lineToSource(own!), publishedAt };
  // a print archive's source line: the paper, then its issue's date and number set off by dashes («المصدر: "النهار" -
  // الثلثاء 6 شباط 2001 - السنة 68 - العدد 20867», An-Nahar)
  const [paper, ...issue] = line.split(DASH_PARTS);
  const issueDay = issue.map((part) => (ANY_DIGIT.test(part) && textBesideDates(part).length === 0 ? parsePublicationDate(part) : undefined)).find((day) => day);
  if (issueDay) return { ...lineToSource(paper!), publishedAt: issueDay };
  const value = valueAfterColon(line);
  const url = textToUrl(value);
  const outlet = value.replace(URL_PATTERN, '').replace(/^[\s\-–—|:,،]+|[\s\-–—|:,،]+$/g, '');
  return { ...(outlet && /\p{L}/u.test(outlet) ? { outlet } : {}), ...(url ? { url } : {}) };
}

/**
 * Whether a line gives the article's age, not its day, behind a publication label or not («نُشر منذ 5 سنوات», «نشر في:
 * منذ 4 سنوات», «قبل يومين»; clutter.json ageStamps): the page dates the article there, to no day.
 */
export function isAgeStamp(line: string): boolean {
  return isAgeStampKey(normalizeForMatching(line).replace(PUBLISHED_LABEL, ''));
}

/** Whether a line gives the day the page was seen, labelled as today's («اليوم: الأحد 6 ديسمبر 2026»): never the article's, wherever it stands. */
export function isTodayLine(line: string): boolean {
  return TODAY_LABEL.test(normalizeForMatching(line.slice(0, 20)));
}

/** Reads a "تاريخ النشر: …" line into `YYYY-MM-DD`; undefined when the line is not a publication line. Null when it is one but has no readable date. */
export function lineToPublishedDay(line: string): string | null | undefined {
  const key = normalizeForMatching(line.slice(0, 60));
  if (!PUBLISHED_LABEL.test(key) || UPDATED_LABEL.test(key) || textBesideDates(line).length > 5) return undefined;
  const day = parsePublicationDate(line) ?? twoDigitYearToDay(line);
  // «تاريخ» or «نشر» opening an ordinary sentence is not a label: only a line that holds a date is.
  if (day === undefined && !/[:：]/.test(line.slice(0, 40))) return undefined;
  return day ?? null;
}

/** A breadcrumb's arrow between spaces («الأرشيف > العدد الصادر يوم …  > الحدث»). */
const BREADCRUMB_ARROW = /\s[›»>‹«<]\s/;

/**
 * The day of a print archive's issue named in a breadcrumb («أرشيف الأهرام > عدد الأربعاء 17 مايو 2006 > أخبار الصفحة
 * الأولى»): a labelled segment's; undefined when no segment is a labelled date.
 */
export function breadcrumbToPublishedDay(line: string): string | undefined {
  if (!BREADCRUMB_ARROW.test(line)) return undefined;
  for (const segment of line.split(BREADCRUMB_ARROW)) {
    const day = lineToPublishedDay(segment.trim());
    if (day) return day;
  }
  return undefined;
}

/** Reads an update stamp («آخر تحديث: 10/01/2023») into `YYYY-MM-DD`; undefined for any other line. */
export function lineToUpdatedDay(line: string): string | undefined {
  return UPDATED_LABEL.test(normalizeForMatching(line.slice(0, 40))) ? parsePublicationDate(line) : undefined;
}

const ANY_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
/** A newspaper's issue number: «العدد 20554», «العدد: 16066», «العدد الورقي: 3211», «العدد (2486)», «رقم العدد [ 14822 ]» (in a line as written or folded). */
export const ISSUE_NUMBER = /(?:رقم\s+)?العدد(?:\s+الورقي)?\s*[:：(\[]?\s*[\d٠-٩]+(?:\s*\])?/;
/** A newspaper's volume, the year of its run, folded: «السنة 43», «السنة الثالثة والثلاثون». */
const VOLUME = /السنه\s+(?:[\d٠-٩]+|ال\S+(?:\s+وال\S+)?)/g;

/** Words a date line holds besides its dates: times of day, AM/PM, zones (GMT, Japan's JST, Indonesia's WIB, «جمت»), "at", "corresponding to", separators. */
const DATE_FILLER = /^(ص|م|ه|صباحا|مساء|ظهرا|am|pm|gmt|utc|jst|wib|wita|wit|cet|cest|bst|est|edt|جمت|الساعه|الموافق|الموافق ل|ل|في|يوم|توقيت|مكه|القاهره|بتوقيت|بتوقيت مكه|[ap]\.?m\.?)$/;

/** What is left of a folded line once its dates, times and filler words are taken out. */
function textBesideDates(line: string): string[] {
  const key = normalizeForMatching(line);
  let rest = key;
  for (const mention of findDateMentions(key).filter((mention) => mention.kind === 'calendar' || mention.kind === 'weekday')) rest = rest.slice(0, mention.at) + ' '.repeat(mention.end! - mention.at) + rest.slice(mention.end);
  return rest
    // time zones: «(GMT+03:00)», «بتوقيت أبوظبي», «بتوقيت مكة المكرمة»; a newspaper's issue number «العدد 16066» and
    // volume «السنة 43»
    .replace(/\b(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::\d{2})?/g, ' ')
    .replace(new RegExp(ISSUE_NUMBER.source, 'g'), ' ')
    .replace(VOLUME, ' ')
    .replace(/بتوقيت\s+\S+(?:\s+المكرمه)?/g, ' ')
    .replace(/\d{1,2}:\d{2}(:\d{2})?/g, ' ')
    .replace(/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}(st|nd|rd|th)\b/g, ' ')
    .split(/[\s,،.\-–—/|:()\[\]]+/)
    .filter((word) => word && !DATE_FILLER.test(word) && !ENGLISH_MONTHS.has(word) && !/^\d{1,2}$|^\d{4}$/.test(word));
}

/** A stamp that opens with its zone, time and year, the day and month after them (Elaph): year, then the rest. */
const TIME_AND_YEAR_FIRST = /^\s*(?:GMT|UTC)?\s*\d{1,2}:\d{2}(?::\d{2})?\s+(\d{4})\s+(\D+?\s*\d{1,2}\s+\D+?)\s*$/i;

/** The words of an update stamp: «تحديث», Anadolu's «محدث», RT's «محدثة». */
const UPDATE_WORD = /تحديث|محدث/;
/** An update stamp after a date, to the line's end. */
const UPDATE_AFTER_DATE = /\s*[-–|(،,]\s*(?:[آا]خر\s+)?(?:تحديث|محدثة|محدث)\s*[:：]?.*$/u;

/**
 * A line that is only a date ("الثلاثاء، 07 يناير 2025 - 10:30 ص", "2023/09/03 16:48", "الأحد 1444/12/28 هـ - 16-07-2023
 * م | 22:41"), as sites print it under a headline: the article's day. Undefined for any line that says anything else.
 */
export function bareDateLineToDay(text: string): string | undefined {
  // a stamp's update after its date («الأناضول |29.10.2024 - تحديث : 29.10.2024», «28.12.2017 - محدث : 28.12.2017»,
  // «25.11.2019 (محدثة 19:06 25.11.2019)»): the first date is the publication's
  // (Elaph prints the zone, the time and the year before the day: «GMT 15:20:00 2005 الخميس 26 مايو»)
  const line = (UPDATE_WORD.test(text) ? text.replace(UPDATE_AFTER_DATE, '') : text).replace(TIME_AND_YEAR_FIRST, '$2 $1');
  if (line.length > 90 || !ANY_DIGIT.test(line)) return undefined;
  if (textBesideDates(line).length === 0) return parsePublicationDate(line);
  // a stamp with the outlet, section or views beside the date: «arabic.news.cn | 2022-05-01 21:17:46», «22.12.2019 | 10:40 | المشاهدات: 1318»;
  // a section's name may stand right before the date, even glued to it as copied («عرب وعالم28-8-2016 | 15:42»)
  // (or a slash between spaces: «14 أكتوبر تشرين الأول 2016 / 09:36 / منذ 9 أعوام», Reuters; not a date's own «2023/11/02»)
  // (or a breadcrumb's arrow: «السياسة  ›  الثلاثاء 22 نوفمبر 2016», Oman Daily; or a wide gap, as a table's cells are
  // copied: «2003-04-06 21:08:17    المصدر: إذاعة الصين الدولية    المحرر: وانغ لي», CRI)
  const parts = line
    .split(/\||\s\/\s|\s[›»>‹«<]\s|\s{3,}/)
    .map((segment) => segment.trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  const segments = parts.flatMap((segment) => sectionBeforeDate(segment) ?? [segment]);
  const dated = segments.filter((segment) => ANY_DIGIT.test(segment) && textBesideDates(segment).length === 0 && parsePublicationDate(segment) !== undefined);
  const others = segments.filter((segment) => !dated.includes(segment));
  if (dated.length !== 1 || others.some((segment) => segment.split(/\s+/).length > STAMP_WORDS || /[.؟!]$/.test(segment))) return undefined;
  return parsePublicationDate(dated[0]!);
}

/** How many words a segment beside a stamp's date may have (an outlet, a section, a count of views). */
const STAMP_WORDS = 4;

/** A section's name and the date right after it («عرب وعالم28-8-2016» → «عرب وعالم», «28-8-2016»), or undefined. */
function sectionBeforeDate(segment: string): [string, string] | undefined {
  const match = /^(\p{L}+(?:\s+\p{L}+){0,3})\s*(\d[\d\s./-]*\d)$/u.exec(segment);
  return match ? [match[1]!, match[2]!] : undefined;
}

/**
 * A dateline above the lede («جدة 28 ذو الحجة 1444 هـ الموافق 16 يوليو 2023 م واس»): a short line giving a whole date
 * with a place or an agency's name. Read only between a headline and its article, where the article's date stands.
 */
export function datelineToDay(line: string): string | undefined {
  if (line.length > 120 || !ANY_DIGIT.test(line) || /[.؟!]$/.test(line.trim())) return undefined;
  // a font-size control beside the stamp («حجم الخط: أ أ أ», «حجم الخط    اطبع») is the page's, no text of a dateline
  const beside = textBesideDates(line).filter((word) => word.length > 1 && !isInterfaceWord(word));
  return beside.length <= 6 ? parsePublicationDate(line) : undefined;
}
