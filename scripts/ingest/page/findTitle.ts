// The page's headline among the lines above the text: the one that shares most words with the first paragraphs.
import { isSiteNavigationKey } from './isSiteNavigation.ts';
import { normalizeForMatching } from '../../../src/arabic/fold.ts';
import { NEWS_AGENCIES, OFFICIALS } from '../../../src/data/index.ts';
import { contentWords } from './contentWords.ts';
import type { Line } from './proseRuns.ts';
import { isCaption, isWholeCaption } from './captionInPage.ts';
import { CITY_COLON_DATELINE, CITY_DATELINE, DATELINE_MAX_WORDS } from './cityDateline.ts';
import { opensWithCity } from './opensWithCity.ts';
import { isKicker } from './isKicker.ts';
import { isMotto } from './isMotto.ts';

/** The longest headline the article's first line may be when only furniture stands between it and the text. */
export const HEADLINE_MAX_WORDS = 25;

/** Every spelling of the gazetteer's people, folded: a line that is only one of them is a portrait's caption. */
const personNames = new Set(OFFICIALS.flatMap((official) => [official.name, ...official.aliases].map(normalizeForMatching)));
/** Every name of a national news agency, folded: a line that is only one of them is the site's masthead. */
const agencyNames = new Set(NEWS_AGENCIES.flatMap((agency) => agency.names.map(normalizeForMatching)));

/** The service after an agency's name on its masthead: « - الخدمة العربية», « | القسم العربي». */
const AGENCY_SERVICE = /\s+[-–—|]\s+\S+(?:\s+\S+){0,2}$/;
/** Another name of the agency in brackets after its name, folded: « (سونا)». */
const AGENCY_ALIAS = /\s*\(([^()]+)\)$/;

/** Whether a folded line is only a news agency's name, with its service or another of its names in brackets. */
function isAgencyMasthead(key: string): boolean {
  const alias = AGENCY_ALIAS.exec(key);
  const name = alias ? key.slice(0, alias.index) : key;
  return (alias === null || agencyNames.has(alias[1]!.trim())) && (agencyNames.has(name) || agencyNames.has(name.replace(AGENCY_SERVICE, '')));
}

/** A byline: «كتب- …», «كتب: …», «كتبت …», «بقلم: …», «نص: …», «إعداد: …». */
const BYLINE = /^(?:(?:كتب|كتبت|بقلم)(?:\s*[-–:]|\s+\S)|(?:نص|إعداد)\s*:)/;
/** A publication line that may give no date the page stage reads («نشرت في منذ 4 ساعات»). */
const PUBLISHED = /^(نشر|نشرت|نُشر|نُشرت|تاريخ النشر|آخر تحديث)(\s|:)/;
/** Words a line must share with the lede before a date line under it ends the search for the headline (a byline: any). */
const HEADLINE_MIN_SHARED = 3;
/** Enough for the line right above the article's date line to be its headline: a masthead stands above a banner date, not a stamp. */
const STAMPED_HEADLINE_MIN_SHARED = 2;

/**
 * When the photo was taken, as a caption says it after the people in it («… خلال لقائهما في نيروبي», «… قبيل
 * محادثاتهما في نيودلهي», «… خلال لقائه وزير
 * الدفاع الياباني في طوكيو (الديوان الملكي)», «… خلال الاتصال المرئي مع …»), folded. A headline under which the lede
 * is already matched needs no such clause: the line is the photo's.
 */
const TAKEN_DURING = /\s(?:خلال|اثناء|قبيل|قبل|عقب|بعد)\s(?:لقايهما|لقايه|لقايها|اللقاء|مباحثاتهما|المباحثات|محادثاتهما|المحادثات|اجتماعهما|الاجتماع|استقباله|استقبالها|الاتصال|اتصاله|اتصالها|اتصالهما)(?:\s|$)/;

/** A handshake told in the present, as captions tell what the photo shows («X يصافح نظيره Y …»), folded. */
const SHAKING_HANDS = /(?:^|\s)(?:يصافح|تصافح|يتصافحان|تتصافحان|يتصافح)(?:\s|$)/;

/** A line wholly in square brackets: a placeholder of a photo, logo or video. */
const IN_SQUARE_BRACKETS = /^\[[^\][]*\]$/;

/** A line that ends in «..» or «…»: it leads into the line under it. */
const LEADS_INTO_NEXT = /(?:\.\.|…)\s*$/;

/** How many words each part of a menu line between bars has at most («الطبعة الدولية | طبعة السعودية»). */
const MENU_PART_MAX_WORDS = 3;

/**
 * Whether a line is parts of a few words each, between bars or a section path's marks: a menu, a switch of the site's
 * editions or a breadcrumb («الأخبار الدولية / إفريقيا», «دولي › آسيا»).
 */
function isMenuLine(text: string): boolean {
  const parts = text.split(/\||\s[/›»]\s/).map((part) => part.trim()).filter(Boolean);
  return parts.length >= 2 && parts.every((part) => part.split(/\s+/).length <= MENU_PART_MAX_WORDS);
}

/** A single full stop after a word of two letters or more («د.» is an abbreviation), then more text. */
const FULL_STOP_INSIDE = /[^.\s]{2}\.\s+\S/;

/**
 * The headline: among the Arabic lines above the article (below the previous block of prose, if any), the one that
 * shares most content words with the article's first paragraphs; the earliest of equals (a caption repeats the
 * headline's words but comes after it). Captions, labels («المصدر:») and lines of one word are not headlines.
 */
export function findTitle(lines: readonly Line[], from: number, bodyStart: number, ledeStart = bodyStart): number | undefined {
  // the headline stands under the site's menus and breadcrumb: a masthead's motto above them may share the text's words
  // («متابعات في شؤون النفط والغاز والطاقة في العراق»), when a line of words stands below them
  const navigation = lines.slice(from, bodyStart).findLastIndex((line) => line.kind !== 'blank' && isSiteNavigationKey(line.features!.key));
  if (navigation >= 0 && lines.slice(from + navigation + 1, bodyStart).some((line) => (line.kind === 'text' || line.kind === 'prose') && line.features!.arabicWords >= 3)) from += navigation + 1;
  const lede = textWords(lines, ledeStart);
  let best: { at: number; score: number } | undefined;
  let kicker: { at: number; score: number } | undefined;
  /** The score of every line that may be the headline. */
  const scores = new Map<number, number>();
  let furnitureSinceBest = false;
  for (let i = from; i < bodyStart; i++) {
    const line = lines[i]!;
    if (line.kind === 'clutter') furnitureSinceBest = true;
    // the headline stands right above the article's byline and date line («كتب- محمد صفوت:», «نُشر الخميس، 11 يناير
    // 2024»): once a line just above them has shared the lede's words, what follows them is a caption or a deck (a
    // masthead is no such line: menus stand between it and the day's banner date)
    // (a labelled stamp may be long: «نشر في 01/06/2013 على الساعة 20:39 | عدّل في 01/06/2013 على الساعة 22:38»)
    if (best && !furnitureSinceBest && line.kind !== 'blank' && (line.features!.words <= 12 || PUBLISHED.test(line.text.trim()))) {
      const byline = BYLINE.test(line.text.trim());
      // a date with the site's menus right under it is the day's banner («الأحد 19 أبريل 2026», then «محليات | اقتصاد …»),
      // whatever masthead line stands above it («رئيس مجلس الإدارة : د. …»)
      // (a byline under it, «كتبت: ندى سليم», is no menu: the date is the story's)
      const under = lines.slice(i + 1).find((next) => next.kind !== 'blank');
      const banner = line.kind === 'date' && under?.kind === 'clutter' && !BYLINE.test(under.text.trim());
      if ((byline && best.score > 0) || (best.score >= STAMPED_HEADLINE_MIN_SHARED && ((line.kind === 'date' && !banner) || PUBLISHED.test(line.text.trim())))) break;
    }
    // a list item under the headline («- الزعيمان التقيا …») is a summary point, not the headline; a photo's credit may
  // stand right under the headline, so only a credit above a line makes it a caption here
    if ((line.kind !== 'text' && line.kind !== 'prose') || line.features!.arabicWords < 3 || /[:：]$/.test(line.text) || /^\s*[-–•*·]\s/.test(line.text) || isCaption(lines, i, false)) continue;
    // a full stop with more after it makes a sentence (a caption and its credit); headlines join their parts with «..»
    if (FULL_STOP_INSIDE.test(line.text)) continue;
    // a line of a few short parts between bars is a menu («الطبعة الدولية | طبعة السعودية»), never the headline
    if (isMenuLine(line.text)) continue;
    // a line wholly in square brackets stands for the page's media («[شعار وزارة الدفاع اليابانية]», «[فيديو]»), never its headline
    if (IN_SQUARE_BRACKETS.test(line.text.trim())) continue;
    // a dateline ending in its dash or colon («طوكيو - 14 يناير (قراءات إفريقية) -») opens the text, it is no headline
    // (nor is a correspondent's line, the outlet in quotes after the city's colon: «طوكيو: «الشرق الأوسط»»)
    if (line.features!.words <= DATELINE_MAX_WORDS && (/[-–—:]$/.test(line.text.trim()) || (CITY_COLON_DATELINE.test(line.text.trim()) && /[»"”]$/.test(line.text.trim()))) && CITY_DATELINE.test(line.text.trim()) && opensWithCity(line.text.trim())) continue;
    // the masthead's motto («صحيفة العرب الأولى», «موقع إخباري مستقل يهتم بشؤون الصومال …») is the outlet's, no headline
    if (isMotto(line.features!.key, line.text)) continue;
    // a person's name alone («نور سلطان نزارباييف») captions a portrait; no headline is only a name
    if (personNames.has(line.features!.key)) continue;
    // a news agency's name alone («وكالة الأنباء العراقية»), or with its service («وكالة الأنباء الإسبانية إفي - الخدمة
    // العربية»), is its masthead, though its lede names the agency too
    // (or with another of its names in brackets: «وكالة السودان للأنباء (سونا)»)
    if (isAgencyMasthead(line.features!.key)) continue;
    // under a line that shares the lede's words, a line with a photo credit right under it is the photo's caption, and
    // so is one that ends by saying when the photo was taken («آبي وجيله خلال لقائهما في نيروبي») or shows a handshake
    // («النائب الأول لوزير الخارجية الكوري الجنوبي بارك يون-جو يصافح نائب وزير الخارجية الياباني …»)
    // (a credit right under it makes it the caption under any line above, even one that shares few words with the lede)
    // (not a caption in brackets, credited within, «[صورة: الرئيس … - (الرئاسة السنغالية)]»: that line is the photo's caption)
    const under = lines.slice(i + 1).find((next) => next.kind !== 'blank');
    const creditUnder = under?.kind === 'credit' && !isWholeCaption(under);
    // (a line above that shares none of the lede's words is no headline for it to caption: a masthead «بي بي سي العربية»)
    if (best && ((creditUnder && best.score > 0) || (best.score >= HEADLINE_MIN_SHARED && (TAKEN_DURING.test(line.features!.key) || SHAKING_HANDS.test(line.features!.key))))) continue;
    let score = 0;
    for (const word of contentWords(line.features!)) if (lede.has(word)) score++;
    // a kicker beside the headline («على هامش قمة العشرين») is the headline only when no other line shares the lede's words
    if (isKicker(line.features!.key, line.text)) {
      if (!kicker || score > kicker.score) kicker = { at: i, score };
      continue;
    }
    scores.set(i, score);
    if (!best || score > best.score) {
      best = { at: i, score };
      furnitureSinceBest = false;
    }
  }
  if (kicker && kicker.score > 0 && (!best || best.score === 0)) return kicker.at;
  // a headline and its subtitle on the next line («محمد بن زايد ورئيس وزراء اليابان يبحثان …», then «ولي عهد أبوظبي
  // يستقبل …»): the subtitle may repeat more of the lede, but the headline stands first
  // (a blank line may stand between them, «أوكادا وفاناكيري يبحثان …», blank, «وزير الخارجية البلجيكي يرافق …»; not a
  // line of the site's separated parts, «حالة الطقس: القدس 14° | رام الله 12°»)
  const aboveAt = best && (lines[best.at - 1]?.kind === 'blank' ? best.at - 2 : best.at - 1);
  const above = aboveAt !== undefined && !lines[aboveAt]?.text.includes('|') ? scores.get(aboveAt) : undefined;
  // (not a kicker that leads into the headline, ending in «..» or «…»: «الجولة الأولى من المفاوضات تنطلق في طوكيو..», then
  // «اليابان وبروناي تسعيان لاتفاق …»)
  const leadsIn = aboveAt !== undefined && LEADS_INTO_NEXT.test(lines[aboveAt]?.text ?? '');
  if (best && aboveAt !== undefined && above !== undefined && above >= HEADLINE_MIN_SHARED && !leadsIn && !lines[best.at]!.features!.sentenceEnd) return aboveAt;
  return best?.at;
}

/** The content words of the first two paragraphs of prose from line `from`: what a headline repeats. */
function textWords(lines: readonly Line[], from: number): Set<string> {
  const text = new Set<string>();
  let taken = 0;
  for (let i = from; i < lines.length && taken < 2; i++) {
    if (lines[i]!.kind !== 'prose') continue;
    for (const word of contentWords(lines[i]!.features!)) text.add(word);
    taken++;
  }
  return text;
}

/** How many of the content words of line `at` the first two paragraphs of prose from line `from` share. */
export function sharedWithText(lines: readonly Line[], at: number, from: number): number {
  const text = textWords(lines, from);
  let shared = 0;
  for (const word of contentWords(lines[at]!.features!)) if (text.has(word)) shared++;
  return shared;
}

/**
 * Whether the text opens with a headline: a line of prose that ends no sentence, short enough, right above a paragraph
 * (not a caption: one that ends a sentence) and sharing the next paragraphs' words.
 */
export function opensWithHeadline(lines: readonly Line[], start: number): boolean {
  const first = lines[start]!;
  // (a photo's caption and a short byline may stand between it and the lede: «[صورة: …]», then «السومرية نيوز/ دوليات»)
  // (or the site's lines of any length that are no paragraph: «بقلم: إدارة المدونة | التصنيف: … | 3 تعليقات», a summary's
  // label, a caption in brackets)
  const next = lines.slice(start + 1).find((line) => line.kind === 'prose');
  return first.kind === 'prose' && !first.features!.sentenceEnd && first.features!.words <= HEADLINE_MAX_WORDS && next?.kind === 'prose' && next.features!.sentenceEnd && sharedWithText(lines, start, start + 1) >= HEADLINE_MIN_SHARED;
}
