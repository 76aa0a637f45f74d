// Photo captions on a copied page: beside a credit, under a label, or saying so themselves.
import type { Line } from './proseRuns.ts';
import { captionByItself, captionLabelAlone, opensAsCaption } from './captionByItself.ts';

/** A caption is a line or two under a photo: a longer line is the article's, whatever it ends with. */
export const CAPTION_MAX_WORDS = 24;

/**
 * A caption between the article's paragraphs: a short line that is no sentence of the story, beside a photo credit,
 * ending with one («… في دمشق (وزارة المالية/ فيسبوك)») or opening as captions do («صورة: … صورة من: …/AP»).
 * Prose is the story's even when it ends with an agency's name («… (رويترز)»).
 */
export function isCaptionInBody(lines: readonly Line[], at: number): boolean {
  const line = lines[at]!;
  if (line.kind !== 'blank' && line.features!.words <= CAPTION_MAX_WORDS && underCaptionLabel(lines, at)) return true;
  // a caption that opens with its label reads as a sentence, full stop and all: «[صورة: الرئيس … يصافح … في كيوتو. (يونهاب)]»
  if (line.kind === 'prose' && line.features!.words <= CAPTION_MAX_WORDS && opensAsCaption(line.features!.key)) return true;
  if (line.kind !== 'text' || line.features!.words > CAPTION_MAX_WORDS || !isCaption(lines, at)) return false;
  // a sentence beside a photo credit («وتستضيف الفلبين هذا العام قمم آسيان.» above «الصورة: …») is the story's last line:
  // only a caption that says so itself (its opener or its own credit) goes when it ends like a sentence
  return !line.features!.sentenceEnd || captionByItself(line.features!.key);
}

/** Whether the line above (blank lines aside) is a caption's label alone («التعليق على الصورة،»): this line is its caption. */
function underCaptionLabel(lines: readonly Line[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) if (lines[i]!.kind !== 'blank') return captionLabelAlone(lines[i]!.features!.key);
  return false;
}

/** How many Arabic words a credit line that is a whole caption has at least («[صورة أرشيفية: مقر وزارة الخارجية … (الأناضول)]»). */
const CAPTION_CREDIT_MIN_WORDS = 5;

/**
 * Whether a credit line is the photo's whole caption, its label, what it shows and its credit in one («[صورة: الرئيس …
 * - (الرئاسة السنغالية)]»), not a bare credit («[صورة: وام]», «تصوير: …»): the lines beside it are no caption of it.
 */
export function isWholeCaption(line: Line): boolean {
  return line.kind === 'credit' && line.features!.arabicWords >= CAPTION_CREDIT_MIN_WORDS && opensAsCaption(line.features!.key);
}

/** A caption: next to a photo credit (above it only, when `creditBelowCounts` is false), or one by itself. */
export function isCaption(lines: readonly Line[], at: number, creditBelowCounts = true): boolean {
  const near = (offset: number) => {
    for (let i = at + offset; i >= 0 && i < lines.length; i += offset) {
      if (lines[i]!.kind !== 'blank') return lines[i]!.kind === 'credit' && !isWholeCaption(lines[i]!);
    }
    return false;
  };
  return near(-1) || (creditBelowCounts && near(1)) || captionByItself(lines[at]!.features!.key);
}
