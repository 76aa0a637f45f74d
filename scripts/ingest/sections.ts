import { CITY_COLON_DATELINE } from './page/cityDateline.ts';
import type { Block } from './blocks.ts';
import type { PageParts } from './page/pageToArticle.ts';
import { lineToFeatures } from './page/lineFeatures.ts';
import { lineToKind } from './page/lineToKind.ts';
import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { ISSUE_NUMBER, bareDateLineToDay, breadcrumbToPublishedDay, datelineToDay, isAgeStamp, isTodayLine, lineToPublishedDay, lineToSource, lineToUpdatedDay } from './sourceLines.ts';
import { ledeToSummary, textToSentences, textToShortText } from './summary.ts';
import type { Source } from '../../src/schemas/event.ts';
import { opensWithCity } from './page/opensWithCity.ts';
import { isSiteNavigation } from './page/isSiteNavigation.ts';

/** The parts of a cleaned article: headline, lede summary, Markdown-ready body and where it came from. */
export interface ArticleSections {
  title: string;
  summary: string;
  blocks: Block[];
  source: Source;
  /** A short line under the headline that opens with a place («نيودلهي - كونا»): the story's dateline. */
  dateline?: string;
}

const ORDERED_ITEM = /^\s*([0-9٠-٩]{1,3})\s*[.)\-–]\s+(\S.*)$/;
const BULLET_ITEM = /^\s*(?:[•·▪◦●■○►▸✓✔]\s*|[\-–—]\s+)(\S.*)$/;
const TITLE_MAX = 160;
const HEADING_MAX = 80;
const hasLetter = (text: string) => /\p{L}/u.test(text);
const hasArabicLetter = (text: string) => /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/.test(text);
/** Subheadings are plain words: no markup-looking or sentence punctuation. */
const looksLikePlainWords = (text: string) => /^[\p{L}\p{M}\p{N}\s()\-–،,'"«»]+$/u.test(text) && hasArabicLetter(text);
const endsLikeSentence = (text: string) => /[.!?؟:؛،,…]["'»”)]*$/.test(text);

type Unit = { kind: 'line'; text: string } | { kind: 'item'; ordered: boolean; text: string; indent: number } | { kind: 'break' };

/** Lines to units: list items (with their indented continuation lines folded in), plain lines and paragraph breaks. */
function linesToUnits(lines: readonly string[]): Unit[] {
  const units: Unit[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      units.push({ kind: 'break' });
      continue;
    }
    const indent = line.length - line.trimStart().length;
    const previous = units[units.length - 1];
    const ordered = ORDERED_ITEM.exec(line);
    const bullet = ordered ? null : BULLET_ITEM.exec(line);
    // "---" or "- - -" is not a list item: it is shown literally.
    if (ordered || (bullet && hasLetter(bullet[1]!))) {
      units.push({ kind: 'item', ordered: Boolean(ordered), text: (ordered ? ordered[2]! : bullet![1]!).trim(), indent });
    } else if (previous?.kind === 'item' && indent > previous.indent) {
      previous.text = `${previous.text} ${line.trim()}`;
    } else {
      units.push({ kind: 'line', text: line.trim() });
    }
  }
  return units;
}

/** Units to blocks: consecutive items of one kind form one list (blank lines between items allowed). */
function unitsToBlocks(units: readonly Unit[]): Block[] {
  const blocks: Block[] = [];
  for (const unit of units) {
    if (unit.kind === 'break') continue;
    const last = blocks[blocks.length - 1];
    if (unit.kind === 'item') {
      if (last?.kind === 'list' && last.ordered === unit.ordered) last.items.push(unit.text);
      else blocks.push({ kind: 'list', ordered: unit.ordered, items: [unit.text] });
    } else {
      blocks.push({ kind: 'paragraph', text: unit.text });
    }
  }
  return blocks;
}

/** A headline is one short line with at most one sentence. */
function isHeadlineLike(text: string): boolean {
  // headlines join their parts with an ellipsis («كيشيدا في كييف... أول زيارة …»): no sentence ends there
  return text.length <= TITLE_MAX && textToSentences(text.replace(/[.!؟?]+$/, '').replace(/\.{2,}|…/g, '،')).length <= 1;
}

/** Removes a trailing " | Site name" and a " - Outlet" suffix naming the source outlet. */
function titleWithoutSiteName(title: string, outlet: string | undefined): string {
  let cleaned = title.replace(/\s+[|｜]\s+[^|｜]{1,40}$/u, '');
  if (outlet) {
    for (const separator of [' - ', ' – ', ' — ', ' | ']) {
      if (cleaned.endsWith(`${separator}${outlet}`)) cleaned = cleaned.slice(0, -(separator.length + outlet.length));
    }
  }
  return cleaned.trim().replace(/[.]$/, '');
}

/** Short lines between paragraphs that do not end like a sentence are the article's own subheadings. */
function markSubheadings(blocks: Block[]): Block[] {
  return blocks.map((block, i) => {
    const next = blocks[i + 1];
    if (
      i > 0 &&
      block.kind === 'paragraph' &&
      next?.kind === 'paragraph' &&
      block.text.length <= HEADING_MAX &&
      block.text.split(/\s+/).length <= 10 &&
      looksLikePlainWords(block.text) &&
      !endsLikeSentence(block.text) &&
      next.text.length > block.text.length * 2
    ) {
      return { kind: 'heading', text: block.text };
    }
    return block;
  });
}

/** The most words a dateline has («روما - سبأنت:»), and one with its date («القاهرة 14 أكتوبر (أ ش أ) -»: seven). */
const DATELINE_MAX_WORDS = 6;
const DATED_DATELINE_MAX_WORDS = 8;
/** One with both calendars' dates («الرياض 20 ربيع الأول 1445 هـ الموافق 05 أكتوبر 2023 م واس»: twelve). */
const FULLY_DATED_DATELINE_MAX_WORDS = 14;
/** A header line that opens like a dateline: a place of a few words, then a dash, slash or bracket («نيودلهي - كونا», «روما - سبأنت:»). */
const DATELINE_OPENING = /^[\p{L}\p{M}\s]{2,30}[،,]?\s*[-–—/(]/u;
/**
 * The same with a day and month (and year) before the agency («الخرطوم ١٧ فبراير ٢٠٢٠ (سونا) -»): a dateline only when a
 * known city opens it (not an issue line, «الجمعة ١٥ سبتمبر ٢٠٠٦ - العدد ١١٠٤٨»).
 */
const DATED_DATELINE_OPENING = /^[\p{L}\p{M}\s]{2,30}[،,]?\s*[0-9٠-٩]{1,2}\s+\p{L}+(?:\s+[0-9٠-٩]{4})?\s*[-–—/(]/u;


/** How many lines after the text its foot may have (initials, a wire code, a date line). */
const FOOT_LINES = 3;

/** The first lines after the text while they are a sign-off or a stamp: a few words each, a date or no sentence at all. */
function closingLines(trailer: readonly string[]): string[] {
  const foot: string[] = [];
  for (const line of trailer.slice(0, FOOT_LINES)) {
    const trimmed = line.trim();
    const words = trimmed.split(/\s+/);
    // a wire sign-off or credit as the page stage reads them («ج.ع», «(النهاية) ع ح / ف ا», «(ومع)»), not a share bar's «مشاركة»
    const kind = lineToKind(lineToFeatures(trimmed));
    const signOff = kind === 'signOff' || kind === 'credit';
    // an agency's code and stamp («بنا 1735 جمت 27/10/2018»)
    const wireCode = words.length <= 5 && /[0-9\u0660-\u0669]{3,}/.test(trimmed) && !/[.؟!:：]$/.test(trimmed);
    if (!signOff && !wireCode && bareDateLineToDay(trimmed) === undefined) break;
    foot.push(line);
  }
  return foot;
}

/**
 * The earlier of the banner's dates when it prints two or more different days on lines of their own (bare dates, not a
 * «today» line): an archive shows the day it is seen and the issue's; undefined otherwise. In the corpora (3,258 pages,
 * 2026-12-06) the earlier was the issue's on all 50 pages that print two.
 */
export function earlierOfTwoBannerDays(banner: readonly string[]): string | undefined {
  const days = [...new Set(banner.flatMap((line) => (isTodayLine(line) ? [] : (bareDateLineToDay(line.trim()) ?? []))))].sort();
  return days.length >= 2 ? days[0] : undefined;
}

/**
 * Turns the parts of a page into title, summary, body blocks and source. Source and publication lines leave the body;
 * the headline is the page's, else the first meaningful line unless it is a whole paragraph (then the first sentence
 * gives the title). Returns undefined when no article text is left.
 */
export function pageToSections(parts: PageParts): ArticleSections | undefined {
  const source: Source = {};
  /** Takes a source or publication line into `source`; true when the line was one. A bare date counts only where a page prints the article's date: under the headline or in the text. */
  let updated: string | undefined;
  // A publication stamp under the headline that gives no day («نُشر في: منذ 4 سنوات», a time alone): the page dates the
  // article there, so a stamp above the headline or below the article is the site's day, not the article's.
  let headerStampWithoutDay = false;
  const takeMeta = (line: string, where: 'header' | 'body' | 'foot' | 'edge'): boolean => {
    const trimmed = line.trim();
    if (trimmed === '') return false;
    // a banner's «اليوم: …» read under a headline taken too high (a motto) is still the day the page was seen
    if (isTodayLine(trimmed)) return true;
    const datesHere = where !== 'edge' || !headerStampWithoutDay;
    const sourceLine = lineToSource(trimmed);
    if (sourceLine) {
      if (!source.outlet && sourceLine.outlet) source.outlet = sourceLine.outlet;
      if (!source.publishedAt && sourceLine.publishedAt && datesHere) source.publishedAt = sourceLine.publishedAt;
      if (!source.url && sourceLine.url) source.url = sourceLine.url;
      return true;
    }
    const update = lineToUpdatedDay(trimmed);
    if (update !== undefined) {
      if (datesHere) updated ??= update;
      return true;
    }
    // a newspaper's issue line («… 26 ديسمبر 2023م - العدد 20554») dates the article wherever it stands
    const issue = ISSUE_NUMBER.test(trimmed);
    const labelled = lineToPublishedDay(trimmed) ?? breadcrumbToPublishedDay(trimmed);
    if (where === 'header' && (labelled === null || isAgeStamp(trimmed))) headerStampWithoutDay = true;
    const published =
      // (a date in the foot may stand in an agency's code and stamp: «بنا 1652 جمت 21/03/2013»)
      labelled ?? (where === 'edge' && !issue ? undefined : bareDateLineToDay(trimmed)) ?? (where === 'header' || where === 'foot' || issue ? datelineToDay(trimmed) : undefined);
    if (published === undefined) return false;
    if (published && !source.publishedAt && datesHere) source.publishedAt = published;
    return true;
  };
  // The header first: the date printed under the headline is the article's; a banner's date is the day the page was
  // seen, so above the headline and below the article only a labelled line counts.
  // (a date above the site's menus or breadcrumb is the banner's, though a headline taken too high, a masthead, put it
  // under the headline: only a labelled line counts there, as above the headline)
  const lastNavigation = parts.header.findLastIndex(isSiteNavigation);
  parts.header.forEach((line, index) => takeMeta(line, index < lastNavigation ? 'edge' : 'header'));
  const articleLines = parts.body.filter((line) => !takeMeta(line, 'body'));
  // The story's foot — its sign-off and stamps, before any share bar or list («ج.ع», «بنا 1735 جمت 27/10/2018», «السبت
  // 27 أكتوبر 2018») — dates it as the text does; lower down, a date is the site's.
  const foot = closingLines(parts.trailer);
  for (const line of foot) takeMeta(line, 'foot');
  // (the banner from the headline up: of two issue lines there, the one right above the headline is the article's, the
  // one over the menus today's edition — «الثلاثاء … 3 مارس 2026 السنة 150 العدد 50841» above «السبت … 11 يناير 2014 …
  // العدد 46431»)
  for (const line of [...parts.trailer.slice(foot.length), ...[...parts.banner].reverse()]) takeMeta(line, 'edge');
  if (!source.publishedAt && updated) source.publishedAt = updated;
  // an archive's page prints two dates above the headline, neither labelled: the later is the day the page was seen,
  // the earlier the issue's («الثلاثاء 12 ربيع الثاني 1422 هـ 3 يوليو 2001» under «الجمعة … 4 ديسمبر 2026 م»)
  if (!source.publishedAt && !headerStampWithoutDay) {
    const issue = earlierOfTwoBannerDays(parts.banner);
    if (issue) source.publishedAt = issue;
  }
  if (parts.title !== undefined) articleLines.unshift(parts.title);

  // a short header line with a dash, slash or bracket after its first word(s) may be the dateline (extraction checks the
  // place); of several («المشهد اليمني - متابعات», then «روما - سبأنت:»), the one that opens with a known city
  // («الخرطوم ١٧ فبراير ٢٠٢٠ (سونا) -»: a day and month, and a year, may stand between the place and the agency)
  const datelines = parts.header.filter((line) => {
    const words = line.trim().split(/\s+/).length;
    // (or a known city, the full date and the agency, no mark between: «الرياض 20 ربيع الأول 1445 هـ الموافق 05 أكتوبر 2023 م واس»)
    return (words <= DATELINE_MAX_WORDS && (DATELINE_OPENING.test(line.trim()) || (CITY_COLON_DATELINE.test(line.trim()) && opensWithCity(line)))) || (words <= DATED_DATELINE_MAX_WORDS && DATED_DATELINE_OPENING.test(line.trim()) && opensWithCity(line)) || (words <= FULLY_DATED_DATELINE_MAX_WORDS && opensWithCity(line) && datelineToDay(line.trim()) !== undefined);
  });
  const dateline = datelines.find(opensWithCity) ?? datelines[0];

  let blocks = unitsToBlocks(linesToUnits(articleLines));
  // The headline is Arabic: a leading "---" or "title: x" line is page debris, kept in the body and shown literally.
  let titleIndex = blocks.findIndex((block) => block.kind === 'paragraph' && hasArabicLetter(block.text));
  if (titleIndex === -1) titleIndex = blocks.findIndex((block) => block.kind === 'paragraph' && hasLetter(block.text));
  if (titleIndex === -1) {
    const firstItem = blocks.find((block) => block.kind === 'list');
    if (!firstItem || firstItem.kind !== 'list') return undefined;
    blocks = [...blocks];
    const title = textToShortText(firstItem.items[0]!, TITLE_MAX);
    return { title, summary: ledeToSummary(firstItem.items[0]!), blocks, source };
  }

  const titleBlock = blocks[titleIndex] as { kind: 'paragraph'; text: string };
  let title: string;
  // When the title is the lede's first sentence, the summary starts after it, so the two do not repeat each other.
  let afterTitle: string | undefined;
  if (isHeadlineLike(titleBlock.text)) {
    title = titleWithoutSiteName(titleBlock.text, source.outlet);
    const rest = blocks.filter((_, i) => i !== titleIndex);
    // A repeated headline (the page's <h1> copied twice) is dropped too.
    const next = rest[titleIndex];
    if (next?.kind === 'paragraph' && normalizeForMatching(titleWithoutSiteName(next.text, source.outlet)) === normalizeForMatching(title)) {
      rest.splice(titleIndex, 1);
    }
    // A one-line article keeps its only line as body.
    blocks = rest.some((block) => hasLetter(block.kind === 'list' ? block.items.join(' ') : block.text)) ? rest : blocks;
  } else {
    const [firstSentence = titleBlock.text, ...rest] = textToSentences(titleBlock.text);
    title = textToShortText(firstSentence.replace(/[.]$/, ''), TITLE_MAX);
    afterTitle = rest.join(' ');
  }
  if (title === '') return undefined;

  blocks = markSubheadings(blocks);
  const paragraphs = blocks.filter((block): block is { kind: 'paragraph'; text: string } => block.kind === 'paragraph' && hasLetter(block.text));
  const lede = afterTitle === undefined ? (paragraphs.find((block) => block.text.length >= 80) ?? paragraphs[0])?.text : afterTitle || paragraphs.find((block) => block !== titleBlock)?.text;
  const summary = ledeToSummary(lede || title);
  return { title, summary, blocks, source, ...(dateline ? { dateline: dateline.trim() } : {}) };
}

