import { foldArabic } from '../arabic/fold.ts';
import { formatToFamily } from './formatToFamily.ts';
import { formatToUrlSlug } from './slugs.ts';

/**
 * The tokens a query may name a format family by (formatToFamily), as written and as in addresses: 2+2, 2plus2 → 2+2;
 * and, where every label of the family puts the same noun before its token («حوار 2+2 الوزاري», «حوار 2+2 على
 * مستوى نواب الوزراء»), that noun and the token together, with and without the article: «حوار 2+2», «الحوار 2plus2».
 * Keys are folded (foldArabic) and lower-case, as queryToParts reads tokens.
 */
export function formatsToFamilies(formats: ReadonlyArray<{ slug: string; label: string }>): Record<string, string> {
  const families: Record<string, string> = {};
  const nouns = new Map<string, Set<string | undefined>>();
  for (const { slug, label } of formats) {
    const family = formatToFamily(slug);
    if (!family) continue;
    for (const token of [family, formatToUrlSlug(family)]) families[token] = family;
    const words = foldArabic(label).split(/\s+/);
    const at = words.indexOf(family);
    (nouns.get(family) ?? nouns.set(family, new Set()).get(family)!).add(at > 0 ? words[at - 1] : undefined);
  }
  for (const [family, seen] of nouns) {
    const [noun] = seen;
    if (seen.size !== 1 || noun === undefined) continue;
    for (const token of [family, formatToUrlSlug(family)]) for (const form of [noun, `ال${noun}`]) families[`${form} ${token}`] = family;
  }
  return families;
}
