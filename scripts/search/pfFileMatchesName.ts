import { contentToFullHash } from './contentToFullHash.ts';
import { pfFileToContent } from './pfFileToContent.ts';

/**
 * Whether a hashed bundle file (`fragment/`, `index/`, `filter/`: `<lang>_<hash>.pf_*`, and `pagefind.<lang>_<hash>.pf_meta`;
 * as written, gzip) holds what its name says: Pagefind names it by a prefix of its content's hash (contentToFullHash),
 * 7 characters or more. A file left by an earlier run under the name of other content (a half-written one, or another
 * page's under the same short hash) does not.
 */
export function pfFileMatchesName(fileName: string, compressed: Uint8Array): boolean {
  const short = fileName.replace(/^.*\//, '').replace(/^pagefind\./, '').replace(/\.pf_\w+$/, '');
  const separator = short.indexOf('_');
  const content = pfFileToContent(compressed);
  if (separator < 1 || content === undefined) return false;
  return `${short.slice(0, separator)}_${contentToFullHash(content)}`.startsWith(short);
}
