import fs from 'node:fs';
import path from 'node:path';
import { folderToFiles } from './pageWeight.ts';

/** What a Pagefind bundle is made of, in bytes as served (Pagefind writes its files compressed). */
export interface PagefindBundleSizes {
  /** The metadata every reader loads at start-up (a hash and word count per page, the sort orders): grows with pages. */
  metaBytes: number;
  /** Filter files: a search with filters or facet counts loads them; each lists pages per value. */
  filterBytes: number;
  largestFilterBytes: number;
  indexChunks: number;
  largestIndexChunkBytes: number;
  fragments: number;
  fragmentBytes: number;
}

// Why: the first query's bytes at 50,000 events are mostly pf_meta and filter files, which grow with the number of pages.
/** Sizes of the parts of the Pagefind bundle in `dir` (dist/pagefind). */
export function pagefindBundleSizes(dir: string): PagefindBundleSizes {
  const files = folderToFiles(dir).map(({ file, bytes }) => ({ file: path.relative(dir, file), bytes }));
  const of = (pattern: RegExp) => files.filter(({ file }) => pattern.test(file));
  const sum = (list: { bytes: number }[]) => list.reduce((total, { bytes }) => total + bytes, 0);
  const largest = (list: { bytes: number }[]) => list.reduce((max, { bytes }) => Math.max(max, bytes), 0);
  const meta = of(/\.pf_meta$/);
  if (meta.length === 0 || !fs.existsSync(path.join(dir, 'pagefind-entry.json'))) throw new Error(`${dir}: not a Pagefind bundle (no pagefind-entry.json or .pf_meta)`);
  const filters = of(/^filter[/\\].*\.pf_filter$/);
  const chunks = of(/^index[/\\].*\.pf_index$/);
  const fragments = of(/^fragment[/\\].*\.pf_fragment$/);
  return {
    metaBytes: sum(meta),
    filterBytes: sum(filters),
    largestFilterBytes: largest(filters),
    indexChunks: chunks.length,
    largestIndexChunkBytes: largest(chunks),
    fragments: fragments.length,
    fragmentBytes: sum(fragments),
  };
}
