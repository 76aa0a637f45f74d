import { gunzipSync } from 'node:zlib';

// Pagefind prefixes each of its compressed files with this signature before the encoded content.
export const PF_SIGNATURE = 'pagefind_dcd';

/**
 * The encoded content of one of Pagefind's compressed bundle files (fragment, index chunk, filter, metadata): gunzipped,
 * without the signature. Undefined when the bytes are not such a file (not gzip, no signature: a half-written file).
 */
export function pfFileToContent(compressed: Uint8Array): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = gunzipSync(compressed);
  } catch {
    return undefined;
  }
  return bytes.subarray(0, PF_SIGNATURE.length).toString('latin1') === PF_SIGNATURE ? bytes.subarray(PF_SIGNATURE.length) : undefined;
}
