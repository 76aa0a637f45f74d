import { createHash } from 'node:crypto';

/** A page's bytes as a digest, so a part's digest needs no page kept in memory. */
export function pageToDigest(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

/**
 * What a part of the search index is made from, as one digest: Pagefind's version and options, and each page's path and
 * bytes (pageToDigest). A part whose digest is that of its last run holds what Pagefind would write again, byte for byte.
 */
export function partInputsDigest(settings: string, pages: ReadonlyArray<{ path: string; digest: Uint8Array }>): string {
  const digest = createHash('sha256').update(settings).update('\0');
  for (const page of pages) digest.update(page.path).update('\0').update(page.digest);
  return digest.digest('hex');
}
