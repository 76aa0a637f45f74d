import { formatToFamily } from './formatToFamily.ts';
import { formatToUrlSlug } from './slugs.ts';

/** The tokens a query may name a format family by (formatToFamily), as written and as in addresses: 2+2, 2plus2 → 2+2. */
export function formatsToFamilies(slugs: readonly string[]): Record<string, string> {
  const families: Record<string, string> = {};
  for (const slug of slugs) {
    const family = formatToFamily(slug);
    if (family) for (const token of [family, formatToUrlSlug(family)]) families[token] = family;
  }
  return families;
}
