import type { DatePrecision } from './dateToArabic.ts';
import { dateToArabic } from './dateToArabic.ts';

/** What a citation of one event needs. */
export interface CitationInput {
  id: string;
  title: string;
  date: string;
  datePrecision: DatePrecision;
  permalink: string;
  site: { title: string };
}

/** An event's citation in three forms; each takes the access date, which only the reader knows (a page fills in its own day). */
export interface Citation {
  /** Plain Arabic text: site, title, event date, permalink, access date. */
  text: (accessed: string) => string;
  /** A biblatex @online entry; `accessed`, when known, is YYYY-MM-DD. */
  bibtex: (accessed?: string) => string;
  /** One CSL-JSON item in an array (Zotero, Pandoc, citeproc); `accessed`, when known, is YYYY-MM-DD. */
  csl: (accessed?: string) => string;
}

/** Escapes the characters TeX treats as commands in a biblatex field value. */
function toTeX(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) => ({ '\\': '\\textbackslash{}', '^': '\\^{}', '~': '\\~{}' })[c] ?? `\\${c}`);
}

/** The date parts CSL wants for a date of the given precision: [[2025, 1, 13]], [[2024, 5]] or [[2019]]. */
function dateParts(date: string, precision: DatePrecision): number[] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return precision === 'year' ? [year] : precision === 'month' ? [year, month] : [year, month, day];
}

// The site publishes no date for an entry, only the event's own: citations give that as the event date (biblatex
// eventdate, CSL event-date), never as a publication date, and the access date says when the reader saw the entry.
/** Builds the citation of an event in plain text, biblatex and CSL-JSON. */
export function eventToCitation(input: CitationInput): Citation {
  const eventDate = dateToArabic(input.date, input.datePrecision);
  const isoEventDate = input.date.slice(0, input.datePrecision === 'year' ? 4 : input.datePrecision === 'month' ? 7 : 10);
  return {
    text: (accessed) => `${input.site.title}. «${input.title}». حدث بتاريخ ${eventDate}. ${input.permalink} (تاريخ الاطلاع: ${accessed}).`,
    bibtex: (accessed) =>
      [
        `@online{${input.id},`,
        `  title = {${toTeX(input.title)}},`,
        `  organization = {${toTeX(input.site.title)}},`,
        `  eventdate = {${isoEventDate}},`,
        `  url = {${input.permalink}},`,
        ...(accessed ? [`  urldate = {${accessed}},`] : []),
        `  langid = {arabic},`,
        '}',
      ].join('\n'),
    csl: (accessed) => {
      const item = {
        id: input.id,
        type: 'webpage',
        title: input.title,
        'container-title': input.site.title,
        'event-date': { 'date-parts': [dateParts(input.date, input.datePrecision)] },
        URL: input.permalink,
        ...(accessed ? { accessed: { 'date-parts': [dateParts(accessed, 'day')] } } : {}),
        language: 'ar',
      };
      return `${JSON.stringify([item], null, 2)}\n`;
    },
  };
}
