import { FACETS, type Facet, type SearchState, type SortOrder } from '../../utils/searchState.ts';
import type { FacetOption } from './pageData.ts';

/** The search form's controls: words, facet checkboxes, date bounds and order. */
export interface SearchControls {
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  facet: (facet: Facet) => HTMLDetailsElement;
  dates: HTMLDetailsElement;
  /** Month number ('03') → its Arabic name, as the month lists spell it. */
  monthNames: ReadonlyMap<string, string>;
  /** Every value of every facet, for boxes the page draws itself (a long facet lists only some at a time). */
  options: Record<Facet, ReadonlyMap<string, FacetOption>>;
}

export function findControls(form: HTMLFormElement, options: Record<Facet, ReadonlyMap<string, FacetOption>>): SearchControls {
  const months = form.querySelectorAll<HTMLOptionElement>('[data-bound="from"] [data-part="month"] option');
  return {
    options,
    monthNames: new Map([...months].filter((option) => option.value).map((option) => [option.value, option.text])),
    form,
    input: form.querySelector<HTMLInputElement>('#q')!,
    sort: form.querySelector<HTMLSelectElement>('#sort')!,
    facet: (facet) => form.querySelector<HTMLDetailsElement>(`details[data-facet="${facet}"]`)!,
    dates: form.querySelector<HTMLDetailsElement>('details[data-facet="dates"]')!,
  };
}

function dateBound(controls: SearchControls, bound: 'from' | 'to'): { year: HTMLSelectElement; month: HTMLSelectElement } {
  const box = controls.dates.querySelector(`[data-bound="${bound}"]`)!;
  return { year: box.querySelector('[data-part="year"]')!, month: box.querySelector('[data-part="month"]')! };
}

/** True where the facets stand beside the results (search.css). */
function wideScreen(): boolean {
  return window.matchMedia('(min-width: 1024px)').matches;
}

/** The search the form shows (page 1: any change of the form starts the results over); the order is '' while it is the default. */
export function readControls(controls: SearchControls): SearchState {
  const ticked = (facet: Facet) => [...controls.form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]:checked`)].map((box) => box.value);
  const bound = (name: 'from' | 'to') => {
    const { year, month } = dateBound(controls, name);
    return year.value ? (month.value ? `${year.value}-${month.value}` : year.value) : '';
  };
  return {
    q: controls.input.value.trim(),
    country: ticked('country'),
    format: ticked('format'),
    official: ticked('official'),
    from: bound('from'),
    to: bound('to'),
    sort: controls.sort.value === controls.sort.dataset.default ? '' : (controls.sort.value as SortOrder),
    page: 1,
  };
}

/** One value of a facet as the page lists it: a checkbox, the value's name and how many results it gives. */
function facetItem(option: FacetOption, facet: Facet, count: number | undefined): HTMLLIElement {
  const item = document.createElement('li');
  const label = document.createElement('label');
  label.className = 'facet-option';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = facet;
  box.value = option.value;
  const name = document.createElement('span');
  name.className = 'facet-label';
  name.textContent = option.label;
  const number = document.createElement('span');
  number.className = 'facet-count muted';
  number.dataset.count = '';
  number.textContent = count === undefined ? '' : String(count);
  label.toggleAttribute('data-empty', count === 0);
  label.append(box, name, number);
  item.append(label);
  return item;
}

function facetList(controls: SearchControls, facet: Facet): HTMLUListElement {
  return controls.facet(facet).querySelector<HTMLUListElement>('.facet-options')!;
}

/** Sets the form to a search: words, ticks, date bounds and the order it is shown in. */
export function writeControls(controls: SearchControls, state: SearchState, sort: SortOrder, hasWords: boolean): void {
  controls.input.value = state.q;
  for (const facet of FACETS) {
    // A long facet may not list a value the URL chose: it is added at the top.
    const listed = new Set([...controls.form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]`)].map((box) => box.value));
    for (const value of state[facet].filter((chosen) => !listed.has(chosen)).reverse()) {
      const option = controls.options[facet].get(value);
      if (option) facetList(controls, facet).prepend(facetItem(option, facet, undefined));
    }
    for (const box of controls.form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]`)) box.checked = state[facet].includes(box.value);
    // Beside the results, a facet in use is unfolded so what is ticked can be seen; on a phone the facets stay folded
    // above the results, their summaries naming what is chosen.
    if (state[facet].length > 0 && wideScreen()) controls.facet(facet).open = true;
  }
  for (const name of ['from', 'to'] as const) {
    const { year, month } = dateBound(controls, name);
    year.value = state[name].slice(0, 4);
    month.value = state[name].slice(5, 7);
    // A month narrows a year: it has no meaning until a year is chosen.
    month.disabled = !year.value;
  }
  if ((state.from || state.to) && wideScreen()) controls.dates.open = true;
  const relevance = controls.sort.querySelector<HTMLOptionElement>('option[value="relevance"]')!;
  // Without words there is nothing to rank by.
  relevance.disabled = !hasWords;
  controls.sort.value = sort;
  // While the reader has not chosen an order, the list shows the default one; reading the form gives '' for it, so that
  // typing words (relevance) or clearing them (newest first) changes the order with them.
  if (!state.sort) controls.sort.dataset.default = sort;
  else delete controls.sort.dataset.default;
  updateChosenSummaries(controls, state);
}

/** Writes next to each facet's name what is chosen in it, so a folded facet still shows it. */
export function updateChosenSummaries(controls: SearchControls, state: SearchState): void {
  for (const facet of FACETS) {
    const labels = [...controls.form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]:checked`)].map((box) => box.closest('label')!.querySelector('.facet-label')!.textContent!.trim());
    controls.facet(facet).querySelector('[data-chosen]')!.textContent = labels.length === 0 ? '' : labels.length <= 2 ? `: ${labels.join('، ')}` : `: ${labels.length} مختارة`;
  }
  const dates = dateRangeToLabel(controls, state.from, state.to);
  controls.dates.querySelector('[data-chosen]')!.textContent = dates ? `: ${dates}` : '';
}

/** A date bound in words: «2015» or «مارس 2015». */
function dateBoundToLabel(controls: SearchControls, bound: string): string {
  return bound.length > 4 ? `${controls.monthNames.get(bound.slice(5, 7)) ?? bound.slice(5, 7)} ${bound.slice(0, 4)}` : bound;
}

/** A date range in words, «من 2015 إلى مارس 2016», or '' when open. */
export function dateRangeToLabel(controls: SearchControls, from: string, to: string): string {
  if (!from && !to) return '';
  if (from && from === to) return dateBoundToLabel(controls, from);
  return [from ? `من ${dateBoundToLabel(controls, from)}` : '', to ? `إلى ${dateBoundToLabel(controls, to)}` : ''].filter(Boolean).join(' ');
}

/**
 * Shows how many results each value of a facet would give; values with none are marked (they stay usable). A long
 * facet (its list has data-top="N") is listed anew: the ticked values, then the N others that give the most results.
 */
export function showFacetCounts(controls: SearchControls, facet: Facet, counts: Record<string, number>): void {
  const list = facetList(controls, facet);
  const top = Number(list.dataset.top);
  if (top > 0) {
    const ticked = [...list.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
    const others = Object.entries(counts)
      .filter(([value, count]) => count > 0 && !ticked.includes(value) && controls.options[facet].has(value))
      .sort((a, b) => b[1] - a[1] || controls.options[facet].get(a[0])!.label.localeCompare(controls.options[facet].get(b[0])!.label, 'ar'))
      .slice(0, top)
      .map(([value]) => value);
    list.replaceChildren(...[...ticked, ...others].flatMap((value) => {
      const option = controls.options[facet].get(value);
      if (!option) return [];
      const item = facetItem(option, facet, counts[value] ?? 0);
      item.querySelector('input')!.checked = ticked.includes(value);
      return [item];
    }));
    return;
  }
  for (const box of controls.form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]`)) {
    const count = counts[box.value] ?? 0;
    const label = box.closest('label')!;
    label.querySelector('[data-count]')!.textContent = String(count);
    label.toggleAttribute('data-empty', count === 0);
  }
}

/** The chosen facet values and date range as removable chips above the results. */
export function renderChosen(list: HTMLUListElement, controls: SearchControls, state: SearchState): void {
  list.replaceChildren();
  const chip = (remove: string, text: string, what: string) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chosen-chip';
    button.dataset.remove = remove;
    button.setAttribute('aria-label', `أزل ${what}: ${text}`);
    button.textContent = text;
    const cross = document.createElement('span');
    cross.setAttribute('aria-hidden', 'true');
    cross.textContent = '×';
    button.append(cross);
    item.append(button);
    list.append(item);
  };
  const names: Record<Facet, string> = { country: 'الدولة', format: 'صيغة الحوار', official: 'المسؤول' };
  for (const facet of FACETS) for (const value of state[facet]) chip(`${facet}:${value}`, controls.options[facet].get(value)?.label ?? value, names[facet]);
  if (state.from || state.to) chip('dates:', dateRangeToLabel(controls, state.from, state.to), 'الفترة');
  list.hidden = list.children.length === 0;
}
