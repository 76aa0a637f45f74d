import { stringify } from 'csv-stringify/sync';
import type { EventData } from '../schemas/event.ts';

/** An event as the exports see it: its id, its permalink and its frontmatter. */
export interface ExportEvent {
  id: string;
  permalink: string;
  data: EventData;
}

/** The CSV columns: the frontmatter's field names, lists flattened (see CSV_LIST_SEPARATOR). */
export const CSV_COLUMNS = [
  'id', 'permalink', 'date', 'datePrecision', 'dateSource', 'title', 'summary', 'parties', 'mentions', 'format', 'formats',
  'locationCity', 'locationCountry', 'officialIds', 'officialNames', 'sourceOutlets', 'sourceUrls', 'sourcePublishedAt', 'seed',
] as const;

/** What joins the items of a list in one CSV cell. */
export const CSV_LIST_SEPARATOR = '; ';

const list = (items: ReadonlyArray<string | undefined>) => items.map((item) => item ?? '').join(CSV_LIST_SEPARATOR);

// With a byte-order mark, Excel opens the Arabic text as UTF-8; other tools read the mark as part of the encoding.
/** Every event as one CSV row (RFC 4180, UTF-8 with BOM, CRLF), oldest first as given; sources line up across the three source columns. */
export function eventsToCsv(events: readonly ExportEvent[]): string {
  const rows = events.map(({ id, permalink, data }) => {
    const sources = Array.isArray(data.source) ? data.source : [data.source];
    return [
      id, permalink, data.date, data.datePrecision, data.dateSource, data.title, data.summary, list(data.parties), list(data.mentions), data.format, list(data.formats),
      data.location.city, data.location.country, list(data.officials.map((o) => o.id)), list(data.officials.map((o) => o.name)),
      list(sources.map((s) => s.outlet)), list(sources.map((s) => s.url)), list(sources.map((s) => s.publishedAt)), list(Array.isArray(data.seed) ? data.seed : [data.seed]),
    ];
  });
  // csv-stringify quotes only the record delimiter (CRLF) itself; a bare line break inside a summary must be quoted too.
  return stringify([[...CSV_COLUMNS], ...rows], { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
