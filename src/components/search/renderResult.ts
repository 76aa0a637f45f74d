import { excerptToParts } from '../../utils/excerptToParts.ts';
import type { FacetOption } from './pageData.ts';
import type { ResultData } from './pagefindEngine.ts';

/** What a result card needs besides the result: the labels and hubs of formats and countries. */
export interface CardLabels {
  formats: ReadonlyMap<string, FacetOption>;
  countries: ReadonlyMap<string, FacetOption>;
}

// Where a result matched when its excerpt shows no matched word: the metadata fields of eventToSearchRecord.
const MATCHED_FIELD_LABELS: Record<string, string> = {
  title: 'العنوان',
  terms: 'أسماء الدول أو المسؤولين أو صيغة الحوار',
  mentioned: 'دولة يذكرها الخبر',
  dateLabel: 'التاريخ',
  hijri: 'التاريخ الهجري',
  date: 'التاريخ',
};

function slot<T extends HTMLElement>(card: DocumentFragment | HTMLElement, name: string): T {
  return card.querySelector<T>(`[data-slot="${name}"]`)!;
}

/** Fills the excerpt paragraph with text nodes and <mark> elements, never with parsed HTML. */
function fillExcerpt(paragraph: HTMLElement, excerpt: string): boolean {
  let marked = false;
  for (const part of excerptToParts(excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      paragraph.append(mark);
      marked = true;
    } else paragraph.append(part.text);
  }
  return marked;
}

/** A result card like a timeline card: dates, format badge, title, excerpt with the matched words marked, partner countries. */
export function renderResult(template: HTMLTemplateElement, data: ResultData, matchedFields: readonly string[], labels: CardLabels, id: string): HTMLLIElement {
  const card = template.content.cloneNode(true) as DocumentFragment;
  const item = card.firstElementChild as HTMLLIElement;
  const { meta } = data;
  const date = slot<HTMLTimeElement>(card, 'date');
  date.dateTime = meta.date ?? '';
  date.textContent = meta.dateLabel ?? meta.date ?? '';
  slot(card, 'hijri').textContent = meta.hijri ?? '';
  const badge = slot<HTMLAnchorElement>(card, 'format');
  const format = meta.format ? labels.formats.get(meta.format) : undefined;
  if (format && meta.format) {
    badge.dataset.format = meta.format;
    badge.href = format.href;
    badge.textContent = format.label;
  } else badge.remove();
  const title = slot<HTMLAnchorElement>(card, 'title');
  title.href = data.url;
  title.textContent = meta.title ?? data.url;
  title.id = `result-${id}`;
  item.querySelector('article')!.setAttribute('aria-labelledby', title.id);
  const marked = fillExcerpt(slot(card, 'excerpt'), data.excerpt);
  const why = [...new Set(matchedFields.map((field) => MATCHED_FIELD_LABELS[field]).filter(Boolean))];
  if (!marked && why.length > 0) {
    const line = slot(card, 'why');
    line.textContent = `وافق البحثَ في: ${why.join('، ')}`;
    line.hidden = false;
  }
  const countries = slot<HTMLUListElement>(card, 'countries');
  for (const code of (meta.countries ?? '').split(' ').filter(Boolean)) {
    const country = labels.countries.get(code);
    const entry = document.createElement('li');
    const link = document.createElement('a');
    link.className = 'chip';
    link.href = country?.href ?? `/countries/${code.toLowerCase()}/`;
    link.textContent = country?.label ?? code;
    entry.append(link);
    countries.append(entry);
  }
  if (!countries.children.length) countries.remove();
  return item;
}
