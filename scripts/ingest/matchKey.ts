import { normalizeArabic } from '../extract/normalizeArabic.ts';

/** Folds the spelling variants news sites mix (hamza forms, tanween, tatweel, ta marbuta, digits, case) so one pattern matches them all. */
export function lineToMatchKey(line: string): string {
  return normalizeArabic(line.replace(/[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')).trim();
}
