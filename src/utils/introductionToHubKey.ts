import { HOME_COUNTRY } from '../config.ts';
import { FORMATS } from '../data/index.ts';
import { ALL_COUNTRY_CODES } from './countryNames.ts';
import { countryToUrlSlug, formatToUrlSlug } from './slugs.ts';

/**
 * The hub an editor's introduction belongs to, from its file name: `content/countries/in.mdx` → `IN`,
 * `content/formats/2plus2-ministerial.mdx` → `2+2-ministerial`. A name that is no hub's address throws: a misnamed
 * file would otherwise never be shown.
 */
export function introductionToHubKey(folder: 'countries' | 'formats', id: string): string {
  if (folder === 'countries') {
    const code = ALL_COUNTRY_CODES.find((candidate) => candidate !== HOME_COUNTRY && countryToUrlSlug(candidate) === id);
    if (!code) throw new Error(`content/countries/${id}.mdx: "${id}" is not a partner country's code; name the file after its hub, e.g. in.mdx for /countries/in/`);
    return code;
  }
  const format = FORMATS.find((candidate) => formatToUrlSlug(candidate.slug) === id);
  if (!format) throw new Error(`content/formats/${id}.mdx: no format in src/data/formats.json has the address /formats/${id}/`);
  return format.slug;
}
