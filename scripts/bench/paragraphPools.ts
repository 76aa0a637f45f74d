const READ_ALSO = /^\s*إقرأ أيضا|^\s*اقرأ أيضا/;
const ANY_DIGIT = /[0-9٠-٩]/;
// Relative day words would make a recombined paragraph compete with the lede's date.
const RELATIVE_DAY = /(اليوم|أمس|الماضي|الجاري|المقبل)/;
const MIN_PARAGRAPH_CHARS = 80;
// Names, nisba stems and people of the real seeds' partners: a paragraph with one would make its country look like a party.
const SEED_COUNTRY_WORDS = /(هند|فيتنام|أمريك|امريك|الولايات المتحدة|كوري|الصين|صيني|ليبي|بلينكن|أوكرانيا|مودي|ميسري|هوانغ|باكستان|أفغانستان|طرابلس|واشنطن|بيونغ|سيول)/;

function isDateFree(line: string, monthWords: readonly string[]): boolean {
  return !ANY_DIGIT.test(line) && !monthWords.some((month) => line.includes(month)) && !RELATIVE_DAY.test(line);
}

/** Splits real seed texts into date-free body paragraphs (apart: those naming another country) and the paragraphs of unrelated articles appended after "إقرأ أيضاً". */
export function seedTextsToParagraphPools(texts: string[], monthSets: readonly (readonly string[])[]): { paragraphs: string[]; mentioning: string[]; unrelated: string[] } {
  const paragraphs = new Set<string>();
  const mentioning = new Set<string>();
  const unrelated = new Set<string>();
  const monthWords = monthSets.flat();
  for (const text of texts) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((line) => line.trim());
    const readAlso = lines.findIndex((line) => READ_ALSO.test(line));
    const body = readAlso === -1 ? lines : lines.slice(0, readAlso);
    const tail = readAlso === -1 ? [] : lines.slice(readAlso + 1);
    // The first line is the headline, never a body paragraph.
    for (const line of body.slice(1)) {
      if (line.length < MIN_PARAGRAPH_CHARS || !isDateFree(line, monthWords)) continue;
      // «العلاقات الفيتنامية اليابانية»: a seed's partner paired with Japan would be a second party of another article
      if (SEED_COUNTRY_WORDS.test(line) && /يابان/.test(line)) continue;
      (SEED_COUNTRY_WORDS.test(line) ? mentioning : paragraphs).add(line);
    }
    for (const line of tail) if (line.length >= MIN_PARAGRAPH_CHARS && isDateFree(line, monthWords)) unrelated.add(line);
  }
  return { paragraphs: [...paragraphs], mentioning: [...mentioning], unrelated: [...unrelated] };
}
