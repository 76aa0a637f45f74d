import { createHash } from 'node:crypto';

/**
 * Pagefind's hash of a file's encoded content (pagefind/src/utils.rs, `full_hash`): its SHA-1, each byte in hex without
 * a leading zero. Pagefind names its hashed files by a prefix of it.
 */
export function contentToFullHash(content: Uint8Array): string {
  return Array.from(createHash('sha1').update(content).digest(), (byte) => byte.toString(16)).join('');
}
