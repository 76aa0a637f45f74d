/**
 * The page numbers a pager shows: the first, the last, and the current one with `radius` neighbours, with 'gap' where
 * numbers are left out. Enough to jump anywhere in two steps without 26 buttons wrapping into rows on a phone.
 */
export function pageWindow(current: number, last: number, radius = 1): Array<number | 'gap'> {
  const shown = new Set([1, last]);
  for (let page = current - radius; page <= current + radius; page++) if (page >= 1 && page <= last) shown.add(page);
  const pages = [...shown].sort((a, b) => a - b);
  const window: Array<number | 'gap'> = [];
  for (const [index, page] of pages.entries()) {
    const previous = pages[index - 1];
    // A single missing page is shown rather than replaced by a gap of the same width.
    if (previous !== undefined && page - previous === 2) window.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) window.push('gap');
    window.push(page);
  }
  return window;
}
