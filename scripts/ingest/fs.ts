import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// Reads are synchronous (10,000 seeds: readFileSync 0.12 s, callback readFile ×64 0.6 s). Event files are written by one
// thread with writeTextSync (fileWriter.ts): creations in one folder queue on its lock, and more writers only spin on it
// (10,000 files on ext4 soon after a mass delete: one writer 2.6 s of CPU, four 7.2 s, for the same wall time).
// Writes are atomic (a temporary file renamed into place), reads and removals are single steps: no crash leaves a
// truncated file.

/** File names in a folder, sorted by code point; empty when the folder does not exist. */
export function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** A file's bytes, or undefined when it does not exist. */
export function readOptional(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** How the ingest names a file it is still writing: hidden, beside the file it becomes, and recognisable after a crash. */
const TEMPORARY_NAME = /^\..+\.\d+\.[0-9a-z]+\.ingest-tmp$/;

/**
 * Writes a file whole or not at all: the bytes go to a temporary file beside it, which is then renamed into place (an
 * atomic step on one file system). A crash at any moment leaves the old file or the new one, never a part of either.
 */
export function writeTextSync(path: string, data: string | Uint8Array): void {
  writeAtomically(path, (temporary) => writeFileSync(temporary, data));
}

/** writeTextSync for bytes in pieces, written one after the other without joining them first (70 MB copied for nothing). */
export function writeChunksSync(path: string, chunks: readonly Uint8Array[]): void {
  writeAtomically(path, (temporary) => {
    const fd = openSync(temporary, 'w');
    try {
      for (const chunk of chunks) for (let written = 0; written < chunk.length; ) written += writeSync(fd, chunk, written);
    } finally {
      closeSync(fd);
    }
  });
}

/** Writes a file through a temporary one beside it (`write` fills it), renamed into place; on failure the temporary goes. */
function writeAtomically(path: string, write: (temporary: string) => void): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.ingest-tmp`);
  try {
    write(temporary);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Deletes what a crashed run left of its temporary files in a folder (they are never a finished file). */
export function removeTemporaryFiles(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (TEMPORARY_NAME.test(name)) rmSync(join(dir, name), { force: true });
}

export function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
}

export function removeFile(path: string): void {
  rmSync(path, { force: true });
}

/** True when `path` is an existing folder. */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Every non-test `.ts`/`.json` file under `dir`, recursively, sorted; used to fingerprint the pipeline's code. */
export function listSourceFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|json)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Keeps the files of the `keep` most recently written groups and deletes the others (the caches of folders long gone):
 * `pattern`'s first group names a file's group, whose time is that of its newest file.
 */
export function keepNewestFileGroups(dir: string, pattern: RegExp, keep: number): void {
  const groups = new Map<string, { time: number; paths: string[] }>();
  for (const name of listFiles(dir)) {
    const group = pattern.exec(name)?.[1];
    if (group === undefined) continue;
    const time = statSync(join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0;
    const entry = groups.get(group) ?? { time: 0, paths: [] };
    entry.time = Math.max(entry.time, time);
    entry.paths.push(join(dir, name));
    groups.set(group, entry);
  }
  const newestFirst = [...groups.values()].sort((a, b) => b.time - a.time);
  for (const group of newestFirst.slice(keep)) for (const path of group.paths) removeFile(path);
}

