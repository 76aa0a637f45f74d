import { withoutHeadlineLabel } from './withoutHeadlineLabel.ts';
import { lineWithoutClosingMark } from './lineWithoutClosingMark.ts';
import { lineToFeatures, type LineFeatures } from './lineFeatures.ts';
import { lineToKind, type LineKind } from './lineToKind.ts';
import { memoised } from '../../../src/utils/memoised.ts';
import { isStampCompanion } from './knownClutter.ts';
import { resumesAfterReadAlso } from './resumesAfterReadAlso.ts';
import { proseRuns, type Line, type ProseRun } from './proseRuns.ts';
import { opensAsCaption } from './captionByItself.ts';
import { CAPTION_MAX_WORDS, isCaption, isCaptionInBody } from './captionInPage.ts';
import { CITY_DATELINE, DATELINE_MAX_WORDS } from './cityDateline.ts';
import { findTitle, HEADLINE_MAX_WORDS, opensWithHeadline, sharedWithText } from './findTitle.ts';
import { isWireByline } from './isWireByline.ts';
import { opensWithCity } from './opensWithCity.ts';
import { datelineToDay, lineToSource } from '../sourceLines.ts';
import { datelineToAgencyCountry } from '../../extract/datelineToAgencyCountry.ts';

/** A copied page cut into its parts: what stood above the headline, the headline, the lines between it and the text, the article, and what followed it. */
export interface PageParts {
  /** Site header above the headline: logo, date banner, menus. */
  banner: string[];
  /** The headline, when the page has one before the article. */
  title?: string;
  /** Between the headline and the article: date and byline lines, photo credits, captions. */
  header: string[];
  /** The article's lines, furniture removed; blank lines kept (collapsed) as paragraph breaks. */
  body: string[];
  /** After the article: tags, share bars, related lists, appended articles, footer. */
  trailer: string[];
}

/** Furniture inside the article is dropped; anything else there (markup, Latin, short lines) is the article's own. */
const DROPPED_IN_BODY = new Set<Line['kind']>(['clutter', 'credit', 'signOff', 'tail']);
/** A section's label among that furniture («قسم الأخبار»). */
const LABEL_MAX_WORDS = 3;
/** A copyright notice, folded («حقوق النشر …», «© …»): between a line and the text it is a photo's credit, not the site's footer. */
const PHOTO_COPYRIGHT = /^(?:حقوق النشر|جميع الحقوق|©|copyright)/i;
/** How many words a line that names only its agency («كونا», «وكالة الأنباء الكويتية») may have. */
const AGENCY_BYLINE_MAX_WORDS = 4;
/** Prose enough to be the article rather than a teaser: two paragraphs, or one long one. */
const MIN_ARTICLE_CHARS = 250;
/** How many lines of prose a run of header lines has at most: a standfirst and a photo's caption. */
const HEADER_RUN_MAX_PARAGRAPHS = 2;




/** Lines measured before, by their trimmed text: an outlet's menus, share bars and footers come back on every page it copies. */
const linesRead = new Map<string, { features: LineFeatures; kind: LineKind }>();
const LINES_KEPT = 20_000;

/**
 * Cuts a copied page into banner, headline, header, article and trailer by what its lines look like, so that site
 * furniture never seen before still goes: the article is the first substantial run of prose (two paragraphs, or one of
 * 250 characters), ended by a "read also" or related-news line, a wire sign-off or a run of furniture; the headline is
 * the line above it that the first paragraphs repeat. A page with no prose at all (a one-line note) keeps every line
 * that is not furniture, the first as headline.
 */
export function pageToArticle(text: string): PageParts {
  const lines: Line[] = text.split('\n').map((raw) => {
    const trimmed = raw.trim();
    if (trimmed === '') return { text: raw, kind: 'blank' };
    const { features, kind } = memoised(linesRead, LINES_KEPT, trimmed, () => {
      const features = lineToFeatures(trimmed);
      return { features, kind: lineToKind(features) };
    });
    return { text: raw.replace(/\s+$/, ''), kind, features };
  });
  const runs = proseRuns(lines);
  const qualifies = (run: ProseRun) => run.paragraphs >= 2 || run.chars >= MIN_ARTICLE_CHARS;
  // A run of header lines that read as prose, none ending a sentence: a standfirst and a photo's caption above the share
  // bar («رئيس الوزراء اليوناني في أول زيارة … «خطة العمل المشتركة»», «… يصافح ضيفه … (إ.ب.أ)», icaco-01); two lines at
  // most, so a story whose paragraphs all lack a full stop is still the story, not the appended one after it.
  const isHeaderRun = (run: ProseRun) => run.paragraphs <= HEADER_RUN_MAX_PARAGRAPHS && lines.slice(run.start, run.end + 1).every((line) => line.kind !== 'prose' || !line.features!.sentenceEnd);
  // (a header run is no article when a run of sentences follows it)
  const article =
    runs.find((run, i) => qualifies(run) && !(isHeaderRun(run) && runs.slice(i + 1).some((later) => qualifies(later) && !isHeaderRun(later)))) ?? [...runs].sort((a, b) => b.chars - a.chars)[0];
  // a "read also" block among the paragraphs: the article goes on after it, and the block goes
  // (its headlines may read as a run of prose of their own, «- كيف غيّرت الهواتف الذكية …»: the article goes on in the run after)
  for (let next = article && runs[runs.indexOf(article) + 1]; article && next; next = runs[runs.indexOf(article) + 1]) {
    let resumed = next;
    let block = resumesAfterReadAlso(lines, article, next);
    const further = runs[runs.indexOf(next) + 1];
    if (block === undefined && further) {
      block = resumesAfterReadAlso(lines, article, further);
      resumed = further;
    }
    if (block === undefined) break;
    for (let i = block.blockFrom; i < block.resumes; i++) if (lines[i]!.kind !== 'blank') lines[i]!.kind = 'clutter';
    Object.assign(article, { end: resumed.end, chars: article.chars + resumed.chars, paragraphs: article.paragraphs + resumed.paragraphs });
    runs.splice(runs.indexOf(next), runs.indexOf(resumed) - runs.indexOf(next) + 1);
  }

  const textOf = (from: number, to: number, keep: (line: Line) => boolean) => lines.slice(from, to).filter(keep).map((line) => line.text.trim());
  const notBlank = (line: Line) => line.kind !== 'blank';

  if (!article) {
    // No prose: keep what is not furniture, up to the first "read also"; the first such line is the headline.
    const end = lines.findIndex((line, i) => line.kind === 'tail' && lines.slice(0, i).some((before) => before.kind === 'text' || before.kind === 'other'));
    const kept = lines.slice(0, end === -1 ? undefined : end).filter((line) => line.kind === 'blank' || !DROPPED_IN_BODY.has(line.kind));
    return { banner: [], header: [], body: collapseBlankLines(kept.map((line) => (line.kind === 'blank' ? '' : line.text))), trailer: textOf(end === -1 ? lines.length : end, lines.length, notBlank) };
  }

  // The article may open and end with short sentences around its long paragraphs («التقى الوزيران اليوم.»).
  let start = article.start;
  while (start > 0) {
    const before = lines[start - 1]!;
    // (a caption is short: a long sentence under a photo credit is the lede, «عقدت المملكة … أمس (الإثنين) …»)
    const caption = before.kind === 'text' && before.features!.words <= CAPTION_MAX_WORDS && isCaption(lines, start - 1);
    if (before.kind === 'blank' || (before.kind === 'text' && before.features!.sentenceEnd && before.features!.arabicWords >= 4 && !caption)) start--;
    else break;
  }
  while (lines[start]?.kind === 'blank') start++;
  if (start < article.start) article.start = start;
  // A photo's caption above the first paragraph («… خلال مراسم الاستقبال، 12 أبريل 2022. (أ ب)») is the header's, and
  // so are the lines between it and the text (the dateline «الدوحة - قنا» under a «[صورة] …» caption).
  if (article.start < article.end && lines[article.start]!.features!.words <= CAPTION_MAX_WORDS && isCaption(lines, article.start)) {
    article.start++;
    while (article.start < article.end && (lines[article.start]!.kind !== 'prose' || (lines[article.start]!.features!.words <= CAPTION_MAX_WORDS && isCaption(lines, article.start)))) article.start++;
  }
  // A deck above the byline («وزير الدفاع … يجري زيارة …», then «وكالات», the dates, then the text): the lines between
  // the deck and the text are the header's, not the article's, when a date line is among them.
  let bylines = linesAfterDeck(lines, article.start, article.end);
  let end = article.end + 1;
  // the article's last short sentences, one with the agency's closing mark too («… الدولية. /انتهى/»)
  const endsSentence = (line: Line) => line.features!.sentenceEnd || lineWithoutClosingMark(line.text) !== line.text;
  while (end < lines.length && (lines[end]!.kind === 'blank' || (lines[end]!.kind === 'text' && endsSentence(lines[end]!)))) end++;
  const previousRun = runs[runs.indexOf(article) - 1];
  // A deck without a full stop above the byline may be the headline itself («وزير خارجية اليابان يبحث مع نظيره …», then
  // «كتب - …», the date, the text): it competes with the lines above, judged against the paragraphs after the byline.
  // (not a line that ends in brackets: a photo's caption with its credit, «… مستقبلاً رئيس سيشل … (مكتب العلاقات العامة …)»)
  const deck = bylines.length > 0 && !lines[article.start]!.features!.sentenceEnd && !/\)\s*$/.test(lines[article.start]!.text) ? article.start : undefined;
  // the prose run above is the search's floor, unless it is one line that ends no sentence: a long headline
  // («آبي في ريغا: طوكيو ولاتفيا تتفقان على … وإطلاق حوار مع البلطيق», then the byline, the date, the text)
  const lonePreviousLine = previousRun !== undefined && previousRun.start === previousRun.end && !lines[previousRun.start]!.features!.sentenceEnd;
  // (nor a run of header lines none of which ends a sentence, passed over as the article: a standfirst and a caption; the
  // run above it is the floor)
  const previousIsHeaderRun = previousRun !== undefined && !lonePreviousLine && isHeaderRun(previousRun);
  const runAboveHeader = previousIsHeaderRun ? runs[runs.indexOf(article) - 2] : undefined;
  // (nor when it is one sentence with the article's date line between it and the text: the standfirst under the headline,
  // «آبي ونتنياهو يبحثان …», then «اتصال استمر نحو نصف ساعة … .», the photo, «التاريخ 08.06.2019», the text)
  const standfirst = previousRun !== undefined && previousRun.start === previousRun.end && lines[previousRun.start]!.features!.sentenceEnd && lines.slice(previousRun.end + 1, article.start).some((line) => line.kind === 'date');
  const runAboveStandfirst = standfirst ? runs[runs.indexOf(article) - 2] : undefined;
  const titleFrom = previousRun === undefined ? 0 : lonePreviousLine ? previousRun.start : previousIsHeaderRun ? (runAboveHeader === undefined ? 0 : runAboveHeader.end + 1) : standfirst ? (runAboveStandfirst === undefined ? 0 : runAboveStandfirst.end + 1) : previousRun.end + 1;
  const ledeStart = deck === undefined ? article.start : bylines.at(-1)! + 1;
  // (above the standfirst: the standfirst and the labelled lines under it, «المواضيع اليابان، إسرائيل», share the lede's words)
  let titleAt = (standfirst ? findTitle(lines, titleFrom, previousRun!.start, ledeStart) : undefined) ?? findTitle(lines, titleFrom, deck === undefined ? article.start : deck + 1, ledeStart);
  // a line above that shares none or one of the text's words (a masthead, «وكالة الأنباء الروسية») is no headline when the text
  // opens with a line that ends no sentence and does share them: that line is the headline («بوتين وآبي يتفقان في سيدني
  // على …», then «سيدني، 8 سبتمبر/أيلول (نوفوستي) - اتفق …»), and a date line right above it is the article's
  if (titleAt !== undefined && deck === undefined && opensWithHeadline(lines, article.start) && sharedWithText(lines, titleAt, article.start) <= MASTHEAD_MAX_SHARED) {
    titleAt = article.start;
    article.start = lines.findIndex((line, i) => i > titleAt! && line.kind !== 'blank');
  }
  // the headline opens the run, or stands right above it with the run's first line as its subtitle: the article starts
  // after the byline, which is the header's (with the subtitle)
  if (deck !== undefined && (titleAt === deck || titleAt === deck - 1)) {
    article.start = bylines.at(-1)! + 1;
    while (lines[article.start]?.kind === 'blank') article.start++;
    bylines = [];
  } else titleAt = titleAt === deck ? undefined : titleAt;
  // a deck right under the headline, its parts joined by «..» as a headline's are («الجولة الأولى تختتم اليوم خلف أبواب
  // مغلقة.. ولي كوان يو يدافع …»), opens no article: the text starts after it (the dateline, the lede)
  if (titleAt !== undefined && isDeckUnder(lines, titleAt, article.start, article.end)) {
    article.start++;
    while (article.start < article.end && (lines[article.start]!.kind === 'blank' || lines[article.start]!.kind === 'clutter')) article.start++;
  }
  const body = lines
    .slice(article.start, end)
    .filter((line, i) => !bylines.includes(article.start + i) && (line.kind === 'blank' || !DROPPED_IN_BODY.has(line.kind)) && !isCaptionInBody(lines, article.start + i));
  // A date line right above the headline is the article's (sites print it there too); a banner's date stands higher, over the menus.
  const headerFrom = titleAt === undefined ? article.start : titleAt + 1;
  const bannerEnd = titleAt ?? article.start;
  // (the item's number, its reading time or its source may stand between them: «٣١ مرداد ١٤٠٠ - ٢٢ آب ٢٠٢١», «رمز الخبر:
  // ٨٤٤٤٦١٧٢»; «02-05-2023 | 09:12», «المصدر: "النهار"»)
  // (or the agency alone, as a byline: «الثلاثاء 26 أغسطس 2025», «كونا», the headline)
  const agencyAlone = (line: Line) => line.features!.words <= AGENCY_BYLINE_MAX_WORDS && datelineToAgencyCountry(line.text.trim()) !== undefined;
  const above = titleAt === undefined ? -1 : lines.slice(0, titleAt).findLastIndex((line) => line.kind !== 'blank' && !isStampCompanion(line.features!.key) && lineToSource(line.text.trim()) === undefined && !agencyAlone(line));
  const dateAbove = above >= 0 && lines[above]!.kind === 'date' ? above : dateAboveKicker(lines, above);
  const parts: PageParts = {
    banner: textOf(0, dateAbove >= 0 ? dateAbove : bannerEnd, notBlank),
    // the date under the headline first: a date above it is the article's only when none is printed under it (else it is the day's banner)
    header: [...textOf(headerFrom, article.start, notBlank), ...bylines.map((at) => lines[at]!.text.trim()), ...(dateAbove >= 0 ? [lines[dateAbove]!.text.trim()] : [])],
    // a sign-off an agency appends to the last sentence («… الماضي. (النهاية) ع ح / ف ا») is not the article's
    body: collapseBlankLines(body.map((line) => (line.kind === 'blank' ? '' : lineWithoutClosingMark(line.text)))),
    trailer: textOf(end, lines.length, notBlank),
  };
  // (without a forum's label before it: «عنوان الموضوع: …»)
  if (titleAt !== undefined) parts.title = withoutHeadlineLabel(lines[titleAt]!.text.trim());
  return parts;
}

/**
 * How many of the text's words a line above may share and still be a masthead rather than the headline: the agency's
 * name or its country's nisba, which the dateline and lede repeat («وكالة يونهاب للأنباء» over «سيول (يونهاب) --»,
 * «وكالة الأنباء الوطنية القرغيزية» over «وزير خارجية الجمهورية القرغيزية»).
 */
const MASTHEAD_MAX_SHARED = 1;

/** A headline's parts joined by «..» («… مغلقة.. ولي كوان يو …»): no sentence of an article. */
const JOINED_PARTS = /[^.\s]\.\.\s+\S/;

/**
 * Whether the article's first line, right under the headline (blank lines between), is a deck: its parts joined by
 * «..», no sentence's end, a headline's length, and more prose after it.
 */
function isDeckUnder(lines: readonly Line[], titleAt: number, start: number, end: number): boolean {
  const line = lines[start];
  if (!line || line.kind !== 'prose' || start >= end || lines.slice(titleAt + 1, start).some((between) => between.kind !== 'blank')) return false;
  return JOINED_PARTS.test(line.text) && !line.features!.sentenceEnd && line.features!.words <= HEADLINE_MAX_WORDS && lines.slice(start + 1, end + 1).some((after) => after.kind === 'prose');
}

/** How many words a kicker or a section's label between a date line and the headline may have. */
const KICKER_MAX_WORDS = 12;

/**
 * The article's date line above a kicker or a section's label that stands right above the headline («السياسة ›
 * الثلاثاء 22 نوفمبر 2016», then «بحث المستجدات الإقليمية …», then the headline), when another date line stands higher:
 * that one is the day's banner, this one the article's. -1 when there is none (a lone date line up there is the banner's).
 */
function dateAboveKicker(lines: readonly Line[], kicker: number): number {
  const line = lines[kicker];
  if (!line || line.features!.sentenceEnd || line.features!.words > KICKER_MAX_WORDS || (line.kind !== 'text' && line.kind !== 'clutter')) return -1;
  const date = lines.slice(0, kicker).findLastIndex((other) => other.kind !== 'blank');
  if (date < 0 || lines[date]!.kind !== 'date') return -1;
  return lines.slice(0, date).some((other) => other.kind === 'date') ? date : -1;
}

/** Kinds of line that belong to a header whatever their length. */
const HEADER_KINDS = new Set<Line['kind']>(['date', 'clutter', 'credit']);

/** The byline and date lines between a deck (the article's first prose line) and the next prose line, when a date line is among them; else none. */
function linesAfterDeck(lines: readonly Line[], start: number, end: number): number[] {
  if (lines[start]?.kind !== 'prose') return [];
  const between: number[] = [];
  for (let i = start + 1; i <= end; i++) {
    const { kind } = lines[i]!;
    // (a photo's caption that opens with its label, «[صورة] …», may stand between the deck and the byline)
    if (kind === 'prose' && !opensAsCaption(lines[i]!.features!.key)) break;
    if (kind !== 'blank') between.push(i);
  }
  // a date line may be long («الأربعاء 14 ربيع الآخر 1441 هـ. الموافق 11 ديسمبر 2019 العدد 16066»), other lines are short
  // a caption under the date is a line of text that ends no sentence («وزير الدفاع التركي … يستقبل نظيره الياباني …»)
  const header = (i: number) => HEADER_KINDS.has(lines[i]!.kind) || opensAsCaption(lines[i]!.features!.key) || (!lines[i]!.features!.sentenceEnd && (lines[i]!.features!.words <= 8 || lines[i]!.kind === 'text'));
  // a dateline with its date («طوكيو 07 رجب 1446 هـ الموافق 07 يناير 2025 م واس») dates the story as a date line does
  // (an Arabic one: a Latin line such as «date: 1999-01-01» is page debris or hostile text and never dates anything)
  const dated = (i: number) => lines[i]!.kind === 'date' || (lines[i]!.features!.arabicWords >= 1 && lines[i]!.features!.words <= 16 && datelineToDay(lines[i]!.text.trim()) !== undefined);
  // a dateline naming a national agency («طوكيو، (وما) –») stands under a headline as a date line does
  const agencyDateline = (i: number) => lines[i]!.features!.words <= DATELINE_MAX_WORDS && datelineToAgencyCountry(lines[i]!.text.trim()) !== undefined;
  // a byline crediting wires («فرانس24 / أ ف ب») stands under a headline too, with or without a date
  // (its first part too, where the page's controls follow it: «المصدر: وكالة أنباء شينخوا | حجم الخط: [كبير] …»)
  const wireByline = (i: number) => isWireByline(lines[i]!.text) || isWireByline(lines[i]!.text.split(/\s[|｜]\s/)[0]!);
  // an outlet's own dateline, a known city and its name after a colon, a bracket or a dash (CITY_DATELINE), stands under
  // a headline too
  const cityDateline = (i: number) => lines[i]!.features!.words <= DATELINE_MAX_WORDS && CITY_DATELINE.test(lines[i]!.text.trim()) && opensWithCity(lines[i]!.text.trim());
  // an undated page's headline stands over the site's furniture alone (its section, a byline, the font-size and
  // reading-time controls: «قسم الأخبار», «حجم الخط: A+ | A-»), then the text; a headline is short and ends no sentence
  // (a copyright under a line is its photo's, «حقوق النشر  AP Photo»: that line is a caption)
  const furniture = (i: number) => (lines[i]!.kind === 'clutter' && !PHOTO_COPYRIGHT.test(lines[i]!.features!.key)) || (lines[i]!.kind === 'text' && lines[i]!.features!.words <= LABEL_MAX_WORDS);
  const undatedHeadline = !lines[start]!.features!.sentenceEnd && lines[start]!.features!.words <= HEADLINE_MAX_WORDS && between.some((i) => lines[i]!.kind === 'clutter') && between.every(furniture);
  return undatedHeadline || (between.some((i) => dated(i) || agencyDateline(i) || wireByline(i) || cityDateline(i)) && between.every((i) => header(i) || dated(i))) ? between : [];
}

/** One blank line between paragraphs at most, none at either end. */
function collapseBlankLines(lines: string[]): string[] {
  const kept: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (kept.length > 0 && kept[kept.length - 1] !== '') kept.push('');
    } else kept.push(line.replace(/^[\t ]+/, (indent) => indent.replace(/\t/g, '    ')));
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept;
}
