import { pageWindow } from '../../utils/pageWindow.ts';

/**
 * Fills the results' page navigation: previous, the first, current and last pages, next; one row even on a phone
 * (previous and next are arrows there). Every entry is a real link to that page's URL (`hrefOf`), so it can be opened
 * in a new tab or shared.
 */
export function renderPager(nav: HTMLElement, current: number, last: number, hrefOf: (page: number) => string): void {
  nav.replaceChildren();
  nav.hidden = last <= 1;
  if (last <= 1) return;
  const list = document.createElement('ul');
  list.className = 'search-pager';
  const link = (page: number, text: string, label: string, rel?: string) => {
    const item = document.createElement('li');
    const anchor = document.createElement('a');
    anchor.className = 'page-link';
    anchor.href = hrefOf(page);
    anchor.dataset.page = String(page);
    if (rel) {
      const word = document.createElement('span');
      word.className = 'pager-word';
      word.textContent = text;
      anchor.append(rel === 'prev' ? '→' : '', word, rel === 'next' ? '←' : '');
    } else anchor.textContent = text;
    anchor.setAttribute('aria-label', label);
    if (rel) anchor.rel = rel;
    if (page === current && !rel) anchor.setAttribute('aria-current', 'page');
    item.append(anchor);
    list.append(item);
  };
  if (current > 1) link(current - 1, 'السابقة', `الصفحة السابقة (${current - 1})`, 'prev');
  for (const page of pageWindow(current, last, 0)) {
    if (page === 'gap') {
      const gap = document.createElement('li');
      gap.className = 'gap';
      gap.setAttribute('aria-hidden', 'true');
      gap.textContent = '…';
      list.append(gap);
    } else link(page, String(page), `الصفحة ${page}`);
  }
  if (current < last) link(current + 1, 'التالية', `الصفحة التالية (${current + 1})`, 'next');
  const where = document.createElement('p');
  where.className = 'muted text-sm mt-2';
  where.textContent = `الصفحة ${current} من ${last}`;
  nav.append(list, where);
}
