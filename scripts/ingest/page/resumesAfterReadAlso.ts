import { normalizeForMatching } from '../../../src/arabic/fold.ts';
import { BOILERPLATE } from '../../../src/data/index.ts';
import { captionByItself } from './captionByItself.ts';
import { contentWords } from './contentWords.ts';
import { isListMarker } from './knownClutter.ts';
import type { Line, ProseRun } from './proseRuns.ts';

/** How many lines a "read also" block among the paragraphs may have: its opener and the headlines it links. */
const BLOCK_MAX_LINES = 4;
/** A linked headline has a few words at least («أسعار الذهب اليوم في الأسواق العربية»), unlike a share bar's. */
const HEADLINE_MIN_WORDS = 4;
/** A linked headline is a short line. */
const HEADLINE_MAX_WORDS = 16;
/** How many content words the paragraph after the block must share with the article before it. */
const SHARED_MIN = 2;
/** Or how many the paragraphs of the next run, its first few, must share with it together. */
const RUN_PARAGRAPHS = 3;
const RUN_SHARED_MIN = 4;

const openers = BOILERPLATE.continuationOpeners.map(normalizeForMatching);
/** A line alone that closes the block (BBC: «نهاية»), folded. */
const blockEnds = new Set(BOILERPLATE.blockEnds.map(normalizeForMatching));
/** An opener with the headline it links after a colon, three words or more. */
const OPENER_WITH_HEADLINE = /[:：]\s*\S+(?:\s+\S+){2,}\s*$/;

/** A rule drawn across the page between blocks: «ــــــــــــ», «* * *», «—————». */
const SEPARATOR = /^[\s\-–—_\u0640*=~•·.]+$/;

/** A box's sides («│», «┃»), then a list's bullet («◂», «•», «-»): a linked headline's first line. */
const BULLETED = /^[\s\u2500-\u257F]*[◂◃▸▹►•·●○■□▪\-–*]\s/u;
function opensWithBullet(text: string): boolean {
  return BULLETED.test(text);
}

/** How many words a label of furniture between the story and the block may have («[إعلان]», «Advertisement»). */
const LABEL_MAX_WORDS = 2;

/** Whether a line stands outside the block's count: blank, a rule drawn between the story and the block, a short label of furniture (an advertisement's) or a screen reader's «end of list». */
function isSeparator(line: Line): boolean {
  return line.kind === 'blank' || (line.kind === 'clutter' && (SEPARATOR.test(line.text) || line.features!.words <= LABEL_MAX_WORDS || isListMarker(line.features!.key)));
}

/** Whether a line is the caption of the story's last photo, under its paragraphs and above the block («صورة: …»). */
function isPhotoCaption(line: Line): boolean {
  return line.kind === 'credit' || (line.kind === 'text' && captionByItself(line.features!.key));
}

/** Whether a line too short for prose is a paragraph of the story all the same: a sentence that goes on with it. */
function isShortParagraph(line: Line): boolean {
  return line.kind === 'text' && line.features!.sentenceEnd && opensAsContinuation(line.features!.key);
}

/** Whether a folded paragraph opens as one going on with a story: «وأعرب …», «فيما …», «من جانبه، …». */
function opensAsContinuation(key: string): boolean {
  // an opener alone or behind the conjunction («من جانبه»، «ومن جانبه»)
  const opens = (text: string) => openers.some((opener) => text === opener || text.startsWith(`${opener} `) || text.startsWith(`${opener}،`));
  if (opens(key) || (/^[وف]/.test(key) && opens(key.slice(1)))) return true;
  // a word carrying the conjunction: و or ف and two letters or more («وتشهد», «وأعرب», «ورداً» folded to «ورد», «وقد»)
  return /^[وف][\u0621-\u064a]{2,}/.test(key);
}

/**
 * Where the article `run` goes on after a "read also" block set among its paragraphs («اقرأ أيضا», «بيسكوف: الكرملين
 * لا يستبعد …», then «وتشهد العلاقات بين موسكو وطوكيو …»): the line of the run `next` that resumes it, or undefined.
 * Between them stand only the block's opener and one to three short headlines (a headline may read as a sentence,
 * «ما الذي نعرفه عن …؟»), and the paragraph that resumes opens as a continuation and shares the article's words. An
 * article appended after an opener has no headline between them, or opens afresh, about something else. `blockFrom`
 * is the block's first line: the story's short last sentences above it stay the story's.
 */
export function resumesAfterReadAlso(lines: readonly Line[], run: ProseRun, next: ProseRun): { blockFrom: number; resumes: number } | undefined {
  // (the story's last paragraphs may be short sentences that go on with it, «وبحث المجتمعون فرص تعزيز التعاون …»)
  let storyEnd = run.end;
  for (let at = run.end + 1; at < next.start && (isSeparator(lines[at]!) || isShortParagraph(lines[at]!)); at++) if (isShortParagraph(lines[at]!)) storyEnd = at;
  // (the story's last photo may stand between its paragraphs and the block, with its caption or credit)
  const opener = lines.slice(storyEnd + 1, next.start).find((line) => !isSeparator(line) && !isPhotoCaption(line));
  if (opener?.kind !== 'tail') return undefined;
  const article = new Set<string>();
  for (const line of lines.slice(run.start, run.end + 1)) if (line.kind === 'prose') for (const word of contentWords(line.features!)) article.add(word);
  let blockLines = 0;
  let previous: Line | undefined;
  // the block's own closing line was met («نهاية», under its headlines)
  let closed = false;
  for (let at = storyEnd + 1; at <= next.end; at++) {
    const line = lines[at]!;
    if (isSeparator(line)) continue;
    if (!closed && blockLines > 0 && line.kind === 'signOff' && blockEnds.has(line.features!.key)) {
      closed = true;
      continue;
    }
    // the block links a headline: an opener right above paragraphs opens an appended article («إقرأ أيضاً:», then «كما تطرق الطرفان …»)
    // (or the opener carries it on its own line: «اقرأ أيضاً: قطر والأرجنتين توقعان اتفاقية للتعاون الجمركي»)
    // (a linked headline may read as furniture by its words: «أسعار الذهب اليوم في الأسواق العربية»)
    const afterHeadline = closed || (previous !== undefined && (previous.kind === 'text' || previous.kind === 'prose' || (previous.kind === 'clutter' && previous.features!.arabicWords >= HEADLINE_MIN_WORDS) || (previous.kind === 'tail' && OPENER_WITH_HEADLINE.test(previous.text))));
    if (at >= next.start && afterHeadline && line.kind === 'prose' && opensAsContinuation(line.features!.key)) {
      let shared = 0;
      for (const word of contentWords(line.features!)) if (article.has(word)) shared++;
      if (shared >= SHARED_MIN) return { blockFrom: storyEnd + 1, resumes: at };
      // a paragraph in other words («واستهل الزعيمان اللقاء …») resumes it when the next ones go on with its story
      const following = new Set<string>();
      for (const later of lines.slice(at, next.end + 1).filter((other) => other.kind === 'prose').slice(0, RUN_PARAGRAPHS)) for (const word of contentWords(later.features!)) if (article.has(word)) following.add(word);
      if (following.size >= RUN_SHARED_MIN) return { blockFrom: storyEnd + 1, resumes: at };
    }
    // (a headline wrapped onto a second line, no bullet of its own under a bulleted one, is the same headline:
    // «│ ◂ وزارة السياحة تستعد لموسم │», then «│   الشتاء بفعاليات متنوعة │»)
    const wrapped = previous?.kind === 'text' && opensWithBullet(previous.text) && !opensWithBullet(line.text) && line.kind === 'text';
    if ((!wrapped && ++blockLines > BLOCK_MAX_LINES) || line.kind === 'signOff' || line.features!.words > HEADLINE_MAX_WORDS) return undefined;
    previous = wrapped ? previous : line;
  }
  return undefined;
}
