import markerTable from './data/timeMarkers.json' with { type: 'json' };
import dateTable from './data/arabicDates.json' with { type: 'json' };
import { normalizeArabic } from './normalizeArabic.ts';
import { buildPhraseIndex, findPhrases } from './phraseIndex.ts';
import { tokenize, type Token } from './tokenize.ts';
import type { ArticleText } from './types.ts';

/** One sentence of the article with its tokens and where it stands in time relative to the event. */
export interface Sentence {
  text: string;
  norm: string;
  tokens: Token[];
  /** -1 for the title, else the paragraph's index. */
  paragraph: number;
  /** 0 for the title, then 1, 2, … in reading order. */
  index: number;
  firstInParagraph: boolean;
  /** Tells of an earlier event (في وقت سابق، الماضي …) or, once dates are known, of another date. */
  background: boolean;
  /** Tells of a planned event (المقبل، من المقرر …). */
  future: boolean;
}

type Marker = 'background' | 'future' | 'exempt';

const weekdayExemptions = Object.keys(dateTable.weekdays).flatMap((day) => [`${day} الماضي`, `${day} الماضية`, `يوم ${day} الماضي`]);

const markerIndex = buildPhraseIndex<Marker>([
  ...[...markerTable.exempt, ...weekdayExemptions].map((phrase) => [phrase, 'exempt'] as const),
  ...markerTable.background.map((phrase) => [phrase, 'background'] as const),
  ...markerTable.future.map((phrase) => [phrase, 'future'] as const),
]);

const sentenceEnd = /(?<=[.!?؟؛])\s+|\n+/;

/** Reads a sentence's time markers. */
export function sentenceToTimeMarks(tokens: Token[]): { background: boolean; future: boolean } {
  let background = false;
  let future = false;
  for (const match of findPhrases(markerIndex, tokens)) {
    if (match.value === 'background') background = true;
    else if (match.value === 'future') future = true;
  }
  return { background, future };
}

/** Builds one sentence record from its text. */
export function textToSentence(text: string, paragraph: number, index: number, firstInParagraph: boolean): Sentence {
  const tokens = tokenize(text);
  return { text, norm: normalizeArabic(text), tokens, paragraph, index, firstInParagraph, ...sentenceToTimeMarks(tokens) };
}

/** Splits the title and paragraphs into sentences (the title is sentence 0), with time markers read. */
export function articleToSentences(article: Pick<ArticleText, 'title' | 'paragraphs'>): Sentence[] {
  const sentences: Sentence[] = [textToSentence(article.title.trim(), -1, 0, true)];
  article.paragraphs.forEach((paragraph, paragraphIndex) => {
    let first = true;
    for (const piece of paragraph.split(sentenceEnd)) {
      const text = piece.trim();
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      sentences.push(textToSentence(text, paragraphIndex, sentences.length, first));
      first = false;
    }
  });
  return sentences;
}
