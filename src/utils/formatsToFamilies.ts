import { formatToUrlSlug } from './slugs.ts';

/**
 * The format families a query may name by a token that is no ordinary word: the first part of format slugs that
 * holds a digit or a plus (2+2 for 2+2-ministerial and 2+2-vice-ministerial), as written and as in addresses (2plus2).
 */
export function formatsToFamilies(slugs: readonly string[]): Record<string, string[]> {
  const families: Record<string, string[]> = {};
  for (const slug of slugs) {
    const head = slug.split('-')[0]!;
    if (!/[\d+]/.test(head)) continue;
    for (const token of new Set([head, formatToUrlSlug(head)])) (families[token] ??= []).push(slug);
  }
  return families;
}
