import { createHash } from 'node:crypto';

/** Bump when a stage's output changes in a way the code fingerprint cannot see. */
export const PIPELINE_VERSION = 'ingest-1';

/** A fingerprint of everything besides the seed that decides its event: pipeline code and gazetteer data. */
export function filesToFingerprint(files: readonly { path: string; bytes: Uint8Array }[]): string {
  const hash = createHash('sha256').update(PIPELINE_VERSION);
  for (const file of files) hash.update(`\0${file.path}\0`).update(file.bytes);
  return hash.digest('hex');
}

/** The cache key of one seed: its label, bytes, sidecar bytes and the pipeline fingerprint. */
export function seedToCacheKey(label: string, bytes: Uint8Array, sidecarBytes: Uint8Array | undefined, fingerprint: string): string {
  return createHash('sha256')
    .update(fingerprint)
    .update(`\0${label}\0`)
    .update(bytes)
    .update(sidecarBytes ? '\0sidecar\0' : '\0none\0')
    .update(sidecarBytes ?? new Uint8Array())
    .digest('hex');
}
