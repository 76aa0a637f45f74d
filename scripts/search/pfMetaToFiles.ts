import { decode } from 'cborg';
import { pfFileToContent } from './pfFileToContent.ts';

// The fields of Pagefind's `MetaIndex` (pagefind/src/index/index_metadata.rs), encoded as a CBOR array by position.
type MetaIndex = [version: string, pages: [hash: string, ...unknown[]][], indexChunks: [from: string, to: string, hash: string][], filters: [filter: string, hash: string][], ...unknown[]];

/**
 * The hashed files a language's metadata (`pagefind.<hash>.pf_meta`, as written) names, relative to the bundle folder:
 * one fragment per page, the word-index chunks and the filter files (the metadata is a CBOR value after the signature).
 * Pagefind never rewrites a hashed file that exists, so these are what a bundle written into an earlier one still
 * needs, and any other hashed file is stale.
 */
export function pfMetaToFiles(compressed: Uint8Array): string[] {
  const content = pfFileToContent(compressed);
  if (content === undefined) throw new Error('not a Pagefind metadata file (not gzip, or no signature)');
  const [version, pages, indexChunks, filters] = decode(content) as MetaIndex;
  if (typeof version !== 'string' || !Array.isArray(pages) || !Array.isArray(indexChunks) || !Array.isArray(filters)) {
    throw new Error('Pagefind metadata of an unknown shape');
  }
  return [
    ...pages.map(([hash]) => `fragment/${hash}.pf_fragment`),
    ...indexChunks.map(([, , hash]) => `index/${hash}.pf_index`),
    ...filters.map(([, hash]) => `filter/${hash}.pf_filter`),
  ];
}
