import { splitKeepingAbbreviations } from '../../src/arabic/abbreviationStop.ts';

/** The longest summary SPEC §3.1 allows. */
export const SUMMARY_MAX = 300;

/**
 * Splits Arabic or Latin text after . ! ? ؟ followed by a space, not after a title's abbreviation («الشيخ د. أحمد»);
 * the punctuation stays with its sentence.
 */
export function textToSentences(text: string): string[] {
  return splitKeepingAbbreviations(text, (held) => held.split(/(?<=[.!?؟…])\s+(?=\S)/u))
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** Cuts text to at most `max` characters at a clause, else a word boundary, marking the cut with "…". */
export function textToShortText(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const clause = Math.max(room.lastIndexOf('،'), room.lastIndexOf('؛'), room.lastIndexOf(','), room.lastIndexOf(';'));
  const cut = clause > max / 2 ? clause : room.lastIndexOf(' ');
  return `${room.slice(0, cut > 0 ? cut : max - 1).trim()}…`;
}

/** One or two sentences of the lede, at most 300 characters, ending at a sentence boundary when one fits. */
export function ledeToSummary(lede: string): string {
  const sentences = textToSentences(lede);
  const first = sentences[0] ?? lede;
  if (first.length > SUMMARY_MAX) return textToShortText(first, SUMMARY_MAX);
  const second = sentences[1];
  if (second && first.length < 150 && first.length + 1 + second.length <= SUMMARY_MAX) return `${first} ${second}`;
  return first;
}
