import type { APIContext } from 'astro';
import { SITE } from '../config.ts';
import { buildDate } from '../utils/buildDate.ts';
import { csvMetadata } from '../utils/csvMetadata.ts';

/** The CSVW description of events.csv: the licence, the build date and the meaning of each column. */
export function GET(context: APIContext) {
  const body = csvMetadata({ csvUrl: new URL('/events.csv', context.site).href, title: SITE.titleEn, publisher: SITE.title, licenceUrl: SITE.licence.url, modified: buildDate() });
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/csvm+json; charset=utf-8' } });
}
