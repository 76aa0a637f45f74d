import { CSV_COLUMNS, CSV_LIST_SEPARATOR } from './eventsToCsv.ts';

/** What each CSV column holds, for the CSVW description (W3C "CSV on the Web"). */
const COLUMN_NOTES: Record<(typeof CSV_COLUMNS)[number], string> = {
  id: 'Stable event id (the permalink slug)',
  permalink: 'The event page',
  date: 'The day the event happened, YYYY-MM-DD (see datePrecision)',
  datePrecision: 'day, month or year: how much of date is known',
  dateSource: 'text (read from the article) or editorial (supplied by an editor, with a citation)',
  title: 'Arabic headline',
  summary: 'Arabic summary, at most 300 characters',
  parties: 'ISO 3166-1 alpha-2 codes of the countries that met (always JP)',
  mentions: 'ISO codes of countries discussed but not parties',
  format: 'Main dialogue format (slug)',
  formats: 'Every format, the main one first',
  locationCity: 'City, in Arabic',
  locationCountry: 'ISO code of the country where it took place',
  officialIds: 'Stable ids of the officials who took part',
  officialNames: 'Their names in Arabic, in the same order',
  sourceOutlets: 'The source articles’ outlets',
  sourceUrls: 'The source articles’ addresses, in the same order',
  sourcePublishedAt: 'Their publication days, in the same order',
  seed: 'The raw seed file(s) the event was extracted from',
};

const LISTS = new Set(['parties', 'mentions', 'formats', 'officialIds', 'officialNames', 'sourceOutlets', 'sourceUrls', 'sourcePublishedAt', 'seed']);

/** The CSVW metadata of events.csv: licence, date, publisher and what each column holds. */
export function csvMetadata(options: { csvUrl: string; title: string; publisher: string; licenceUrl: string; modified: Date }): Record<string, unknown> {
  return {
    '@context': ['http://www.w3.org/ns/csvw', { '@language': 'en' }],
    url: options.csvUrl,
    'dc:title': options.title,
    'dc:publisher': options.publisher,
    'dc:license': { '@id': options.licenceUrl },
    'dc:modified': { '@value': options.modified.toISOString(), '@type': 'xsd:dateTime' },
    dialect: { encoding: 'utf-8', header: true, lineTerminators: ['\r\n'] },
    tableSchema: {
      primaryKey: 'id',
      columns: CSV_COLUMNS.map((name) => ({
        name,
        titles: name,
        'dc:description': COLUMN_NOTES[name],
        ...(LISTS.has(name) ? { separator: CSV_LIST_SEPARATOR } : {}),
        ...(name === 'permalink' ? { datatype: 'anyURI' } : {}),
      })),
    },
  };
}
