import fs from 'node:fs';
import path from 'node:path';
import { fileToStamp, stampIsRecorded, type FileStamp } from '../build/fileStamp.ts';
import { pfFileMatchesName } from './pfFileMatchesName.ts';
import { readPagefindEntry, searchBundleFiles } from './searchBundleFiles.ts';

// Files Pagefind names by their content's hash or by language, and never rewrites once they exist: an earlier
// bundle's may be stale. Every other file of the bundle (its scripts, styles, entry) is written again on every run.
const HASHED_FOLDERS = ['fragment', 'index', 'filter'];
const HASHED_TOP_LEVEL = /^(pagefind\..+\.pf_meta|wasm\..+\.pagefind)$/;

/** The name a file's content must match: an event fragment named by its date order (`fragment/2015030200.pf_fragment`) is its source's, the part's fragment it was copied from. */
function fileToHashedName(file: string, fragmentSources: Readonly<Record<string, string>>): string {
  const source = /^fragment\/(.+)\.pf_fragment$/.exec(file)?.[1];
  return source !== undefined && fragmentSources[source] !== undefined ? `fragment/${fragmentSources[source]}.pf_fragment` : file;
}

/** Files found to hold what their names say: their size, modification time (ns) and inode then, and the name they matched. */
export type CheckedFiles = Record<string, [...FileStamp, matched: string]>;

/** What became of a bundle Pagefind has just written into an earlier one. */
export interface PrunedBundle {
  /** Files of earlier bundles deleted. */
  pruned: number;
  /** Files the bundle needs whose content is not what their name says (left by an earlier run): empty when sound. */
  unsound: string[];
}

/**
 * Deletes the files of earlier bundles from a Pagefind bundle folder that Pagefind has just written into (the hashed
 * files the current `pagefind-entry.json` does not reach), and checks that every hashed file it does reach holds what
 * its name says; a merged bundle's event fragment, named by its date order, must hold what the name of the part's
 * fragment it was copied from says (`fragmentSources`, see writeMergedBundle). When `unsound` is empty, the folder
 * holds what Pagefind writes into an empty one. With `checked`, a file found sound by an earlier run (`last`) whose
 * size, modification time and inode are unchanged is not read again; the files found sound go into `next`.
 */
export function pruneSearchBundle(bundleDir: string, fragmentSources: Readonly<Record<string, string>> = {}, checked?: { last: CheckedFiles; next: CheckedFiles }): PrunedBundle {
  const entry = readPagefindEntry(bundleDir);
  if (!entry) throw new Error(`${bundleDir}: no pagefind-entry.json, so no bundle to prune`);
  const needed = searchBundleFiles(bundleDir, entry);
  const result: PrunedBundle = { pruned: 0, unsound: [] };
  const settle = (file: string, hashed: boolean) => {
    if (!needed.has(file)) {
      fs.rmSync(path.join(bundleDir, file));
      result.pruned++;
      return;
    }
    if (!hashed) return;
    const matched = fileToHashedName(file, fragmentSources);
    const stamp = checked && fileToStamp(path.join(bundleDir, file));
    const last = checked?.last[file];
    // A file found sound before, under the same name to match, and not written since (checked: 3.9 s at 48,659 events).
    const known = stamp !== undefined && stampIsRecorded(stamp, last) && last![3] === matched;
    if (!known && !pfFileMatchesName(matched, fs.readFileSync(path.join(bundleDir, file)))) result.unsound.push(file);
    else if (stamp) checked!.next[file] = [...stamp, matched];
  };
  for (const name of fs.readdirSync(bundleDir)) if (HASHED_TOP_LEVEL.test(name)) settle(name, name.endsWith('.pf_meta'));
  for (const folder of HASHED_FOLDERS) {
    if (!fs.existsSync(path.join(bundleDir, folder))) continue;
    for (const name of fs.readdirSync(path.join(bundleDir, folder))) settle(`${folder}/${name}`, true);
  }
  return result;
}
