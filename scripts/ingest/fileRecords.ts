import { join } from 'node:path';
import { fileToStamp, stampIsRecorded, type FileStamp } from '../build/fileStamp.ts';
import { mdxToDigest, mdxToExistingEvent, type ExistingEvent } from './existingEvent.ts';
import { readOptional } from './fs.ts';
import { mdxToSeedNames } from './redirects.ts';

// After a build, the seeds and event files are often no longer in the page cache: reading them again cost a one-seed
// rebuild of 48,659 events 8 s (105 MB of seeds, 206 MB of events). What the last run learnt of each file is kept with
// the file's stamp (size, modification time, inode), and a file whose stamp is unchanged is not read again.

/** A seed as the last run read it: its stamp, its sidecar's (stampToText, '' without one) and its cache key. */
export type SeedRecord = [...FileStamp, sidecar: string, key: string];
/** An event file as the last run left it: its stamp, its text's digest and the seeds it names. */
export type EventRecord = [...FileStamp, digest: string, seeds: string[]];

/** What one run of a seeds folder into an events folder records for the next. */
export interface FileRecords {
  /** The pipeline's fingerprint and the seeds' label prefix: the cache keys recorded hold both. */
  keyedBy: string;
  seeds: Record<string, SeedRecord>;
  /** The events folder the `events` records describe. */
  out: string;
  events: Record<string, EventRecord>;
}

/** A stamp as text, to compare in one step ('' for a file that is not there). */
export function stampToText(stamp: FileStamp | undefined): string {
  return stamp ? stamp.join(':') : '';
}

/** The records of the last run, or empty ones when there are none or they cannot be read (they only spare reading). */
export function bytesToFileRecords(bytes: Uint8Array | undefined, keyedBy: string, out: string): FileRecords {
  const empty: FileRecords = { keyedBy, seeds: {}, out, events: {} };
  if (!bytes) return empty;
  try {
    const records = JSON.parse(Buffer.from(bytes).toString('utf8')) as Partial<FileRecords>;
    if (typeof records.seeds !== 'object' || records.seeds === null || typeof records.events !== 'object' || records.events === null) return empty;
    return { keyedBy, seeds: records.keyedBy === keyedBy ? records.seeds : {}, out, events: records.out === out ? records.events : {} };
  } catch {
    return empty;
  }
}

/**
 * The cache key the last run recorded for a seed, when neither it nor its sidecar changed since (their stamps, taken
 * before any read: a file written after the stamp was taken has another one next time).
 */
export function recordedSeedKey(record: SeedRecord | undefined, stamp: FileStamp | undefined, sidecarStamp: FileStamp | undefined): string | undefined {
  return stamp && record && stampIsRecorded(stamp, record) && record[3] === stampToText(sidecarStamp) ? record[4] : undefined;
}

/**
 * What the plan needs of each event file in `dir` (its digest and seeds): read from the file, or from `last` when the
 * file's stamp is the one recorded there. Each file's record goes into `next`; `read` counts the files read.
 */
export function readExistingEvents(dir: string, names: readonly string[], last: FileRecords['events'], next: FileRecords['events']): { existing: Map<string, ExistingEvent>; read: number } {
  const existing = new Map<string, ExistingEvent>();
  let read = 0;
  for (const name of names) {
    const path = join(dir, name);
    const stamp = fileToStamp(path);
    if (!stamp) continue;
    const record = last[name];
    if (record && stampIsRecorded(stamp, record)) {
      existing.set(name, { digest: record[3], seeds: record[4] });
      next[name] = record;
      continue;
    }
    const event = mdxToExistingEvent(readOptional(path)?.toString('utf8') ?? '');
    read++;
    existing.set(name, event);
    next[name] = [...stamp, event.digest, [...event.seeds]];
  }
  return { existing, read };
}

/** Records the event files this run wrote (file name → text), once they are on disk, and forgets those it removed. */
export function recordEventWrites(dir: string, written: ReadonlyMap<string, string>, removed: readonly string[], records: FileRecords['events']): void {
  for (const name of removed) delete records[name];
  for (const [name, text] of written) {
    const stamp = fileToStamp(join(dir, name));
    if (stamp) records[name] = [...stamp, mdxToDigest(text), mdxToSeedNames(text)];
    else delete records[name];
  }
}
