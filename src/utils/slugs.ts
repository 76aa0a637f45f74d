/** Turns a format slug into a URL-safe path segment: `2+2-vice-ministerial` → `2plus2-vice-ministerial`. */
export function formatToUrlSlug(format: string): string {
  return format.replaceAll('+', 'plus');
}

/** Turns an ISO country code into its hub path segment: `IN` → `in`. */
export function countryToUrlSlug(code: string): string {
  return code.toLowerCase();
}
