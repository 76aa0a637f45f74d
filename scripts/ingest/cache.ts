import { createHash } from 'node:crypto';

/** Bump when a stage's output changes in a way the code fingerprint cannot see. */
export const PIPELINE_VERSION = 'ingest-2';

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

/** The cache file's text: the fingerprint it was made with and one result per seed key. */
export function cacheToText<T>(entries: ReadonlyMap<string, T>, fingerprint: string): string {
  return JSON.stringify({ fingerprint, entries: Object.fromEntries(entries) });
}

/** Cached results, or none when the file is missing, unreadable or from another version of the pipeline. */
export function textToCache<T>(text: string | undefined, fingerprint: string): Map<string, T> {
  // cacheToText writes the fingerprint first: a cache from another version of the pipeline is dropped unparsed (it can be 30 MB).
  if (!text || !text.startsWith(`{"fingerprint":${JSON.stringify(fingerprint)},`)) return new Map();
  try {
    const data = JSON.parse(text) as { fingerprint?: string; entries?: Record<string, T> };
    return data.fingerprint === fingerprint && data.entries ? new Map(Object.entries(data.entries)) : new Map();
  } catch {
    return new Map();
  }
}
