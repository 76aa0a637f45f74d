import { normalizeArabic } from '../../src/arabic/fold.ts';

/** The words of a name as compared: folded Arabic, lower-case Latin, «عبد الله» written as one word. */
export function nameToWords(name: string): string[] {
  return normalizeArabic(name)
    .toLowerCase()
    .replace(/\bعبد\s+ال/gu, 'عبدال')
    .replace(/(^|\s)عبد\s+(?=ال)/gu, '$1عبد')
    .split(/[\s\-–.,،"«»()]+/u)
    .filter(Boolean);
}

/** Whether `part` appears in `whole` as a run of consecutive words. */
function containsRun(whole: readonly string[], part: readonly string[]): boolean {
  outer: for (let start = 0; start + part.length <= whole.length; start++) {
    for (let i = 0; i < part.length; i++) if (whole[start + i] !== part[i]) continue outer;
    return true;
  }
  return false;
}

/** A Latin slug of an English name, as gazetteer ids are made («Mohammed bin Salman» → mohammed-bin-salman). */
export function englishNameToSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Whether an extracted official is the labelled person: the same id as the English name's slug, or one of the
 * official's spellings and the labelled name sharing a run of at least two words (محمد بن سلمان ⊂ محمد بن سلمان بن
 * عبدالعزيز آل سعود), or being the same single word.
 */
export function officialMatchesName(official: { id: string; name: string; aliases: readonly string[] }, label: { name: string; nameEn: string }): boolean {
  if (official.id === englishNameToSlug(label.nameEn)) return true;
  const labelled = nameToWords(label.name);
  for (const spelling of [official.name, ...official.aliases]) {
    const words = nameToWords(spelling);
    if (words.length === 0) continue;
    if (words.length === labelled.length && words.every((word, i) => word === labelled[i])) return true;
    if (Math.min(words.length, labelled.length) >= 2 && (containsRun(labelled, words) || containsRun(words, labelled))) return true;
  }
  return false;
}
