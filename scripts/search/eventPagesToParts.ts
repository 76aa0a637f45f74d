import { yearToSearchPart } from '../../src/utils/yearToSearchPart.ts';

/** An event page's folder name starts with its date (events/2024-05-29-…/index.html): its year. */
const EVENT_FOLDER = /^(\d{4})-/;

/**
 * The event pages of each part of the search index, from the names of the site's event folders: part → its years and
 * its pages (relative to the site, sorted). Folders whose name does not start with a year are not event pages.
 */
export function eventPagesToParts(eventFolders: readonly string[], span?: number): Map<string, { years: number[]; pages: string[] }> {
  const parts = new Map<string, { years: number[]; pages: string[] }>();
  for (const folder of [...eventFolders].sort()) {
    const year = EVENT_FOLDER.exec(folder)?.[1];
    if (!year) continue;
    const name = yearToSearchPart(Number(year), span);
    const part = parts.get(name) ?? parts.set(name, { years: [], pages: [] }).get(name)!;
    if (!part.years.includes(Number(year))) part.years.push(Number(year));
    part.pages.push(`events/${folder}/index.html`);
  }
  return parts;
}

/** Pagefind's glob for a part's pages: its years' event folders, relative to the site. */
export function partToGlob(years: readonly number[]): string {
  return years.length === 1 ? `events/${years[0]}-*/index.html` : `events/{${years.join(',')}}-*/index.html`;
}
