import { dirname } from 'node:path';
import { bytesToCache, cacheToBytes } from './cache.ts';
import { ensureDir, readOptional, writeTextSync } from './fs.ts';
import type { PhraseIndexStore, StoredPhraseIndex } from '../extract/phraseIndex.ts';

/** A phrase-index store read from a file, and how to write back what was built beside it. */
export interface PhraseIndexCache {
  store: PhraseIndexStore;
  /** Writes the file when an index was built that it lacked (a first run, or new code or tables); else nothing. Never throws. */
  save(): void;
}

/** The file's bytes, or nothing when it cannot be read: a missing cache only costs speed. */
function readOrNothing(file: string): Uint8Array | undefined {
  try {
    return readOptional(file);
  } catch {
    return undefined;
  }
}

/**
 * The phrase indexes of the extraction as the last run with this pipeline fingerprint built them (every module of the
 * pipeline and every data table counts, as for the seed cache: an index read back is the one this code builds). A file
 * from other code, tables or Node is ignored and replaced by the next save.
 */
export function openPhraseIndexCache(file: string, fingerprint: string): PhraseIndexCache {
  const indexes = bytesToCache<StoredPhraseIndex>(readOrNothing(file), fingerprint);
  let added = false;
  return {
    store: {
      get: (key) => indexes.get(key),
      set(key, index) {
        indexes.set(key, index);
        added = true;
      },
    },
    save() {
      if (!added) return;
      added = false;
      // only a speed-up: a run that cannot write it (a full disk, another run clearing its temporary file) goes on
      try {
        ensureDir(dirname(file));
        writeTextSync(file, cacheToBytes(indexes, fingerprint));
      } catch {
        // the next run builds the indexes again
      }
    },
  };
}
