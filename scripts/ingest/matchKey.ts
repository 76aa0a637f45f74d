/**
 * Folds the spelling variants news sites mix (hamza forms, tanween, tatweel, ta marbuta, Arabic-Indic digits, case)
 * so one pattern matches them all. Same folding as scripts/extract/normalizeArabic.ts, done with a few regex passes
 * because it runs on every line of every seed.
 */
export function lineToMatchKey(line: string): string {
  return line
    .replace(/[\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ک/g, 'ك')
    .replace(/[٠-٩۰-۹]/g, (digit) => String(digit.charCodeAt(0) & 0xf))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
