/** The family of a format whose slug opens with a token that is no ordinary word (2+2 for 2+2-ministerial), else undefined. */
export function formatToFamily(slug: string): string | undefined {
  const head = slug.split('-')[0]!;
  return /[\d+]/.test(head) ? head : undefined;
}
