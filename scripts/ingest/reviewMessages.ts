import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { MONTHS } from '../extract/arabicDateWords.ts';

const ARABIC_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const LEADING_FILLER = /^(?:و?في|يوم|بتاريخ|منذ|خلال)\s+/u;

/** The words of the article that name a month without its year ("الرابع من ديسمبر"), to quote in a review message. */
export function partialDateToPhrase(partial: { month?: number; day?: number } | undefined, paragraphs: readonly string[]): string | undefined {
  if (!partial?.month) return undefined;
  const names = [...MONTHS].filter(([, month]) => month === partial.month).map(([name]) => name);
  for (const paragraph of paragraphs) {
    const words = paragraph.split(/\s+/);
    const at = words.findIndex((word) => names.includes(normalizeForMatching(word).replace(/[^\p{L}]+$/u, '').replace(/^(و|ب|ل|في)(?=..)/u, '')) || names.includes(normalizeForMatching(word).replace(/[^\p{L}]+$/u, '')));
    if (at === -1) continue;
    let start = at;
    while (start > 0 && at - start < 3 && !/[.،,:؛!?؟]$/.test(words[start - 1]!)) start--;
    return words
      .slice(start, at + 1)
      .join(' ')
      .replace(/[^\p{L}\p{N}]+$/u, '')
      .replace(LEADING_FILLER, '');
  }
  return partial.day ? `${partial.day} ${ARABIC_MONTHS[partial.month - 1]}` : ARABIC_MONTHS[partial.month - 1];
}

/** The needs-review error for a seed whose article does not give the event's full date. */
export function missingDateToMessage(seedLabel: string, sidecarName: string, phrase: string | undefined, contradiction?: string): string {
  const what = contradiction ? `the article's date cannot be trusted (${contradiction})` : phrase ? `the article gives no year for «${phrase}»` : 'the article gives no date for the event';
  return `${seedLabel}: needs review — ${what}; add ${sidecarName} with date.value and date.citation`;
}

/** The needs-review error for a field the article does not tell and no sidecar supplies. */
export function missingFieldToMessage(seedLabel: string, sidecarName: string, what: string, field: string): string {
  return `${seedLabel}: needs review — ${what}; add ${sidecarName} with ${field}.value and ${field}.citation`;
}
