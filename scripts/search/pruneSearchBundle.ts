import fs from 'node:fs';
import path from 'node:path';
import { pfFileMatchesName } from './pfFileMatchesName.ts';
import { readPagefindEntry, searchBundleFiles } from './searchBundleFiles.ts';

// Files Pagefind names by their content's hash or by language, and never rewrites once they exist: an earlier
// bundle's may be stale. Every other file of the bundle (its scripts, styles, entry) is written again on every run.
const HASHED_FOLDERS = ['fragment', 'index', 'filter'];
const HASHED_TOP_LEVEL = /^(pagefind\..+\.pf_meta|wasm\..+\.pagefind)$/;

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
 * its name says. When `unsound` is empty, the folder holds what Pagefind writes into an empty one.
 */
export function pruneSearchBundle(bundleDir: string): PrunedBundle {
  const entry = readPagefindEntry(bundleDir);
  if (!entry) throw new Error(`${bundleDir}: no pagefind-entry.json, so no bundle to prune`);
  const needed = searchBundleFiles(bundleDir, entry);
  const result: PrunedBundle = { pruned: 0, unsound: [] };
  const settle = (file: string, hashed: boolean) => {
    if (!needed.has(file)) {
      fs.rmSync(path.join(bundleDir, file));
      result.pruned++;
    } else if (hashed && !pfFileMatchesName(file, fs.readFileSync(path.join(bundleDir, file)))) result.unsound.push(file);
  };
  for (const name of fs.readdirSync(bundleDir)) if (HASHED_TOP_LEVEL.test(name)) settle(name, name.endsWith('.pf_meta'));
  for (const folder of HASHED_FOLDERS) {
    if (!fs.existsSync(path.join(bundleDir, folder))) continue;
    for (const name of fs.readdirSync(path.join(bundleDir, folder))) settle(`${folder}/${name}`, true);
  }
  return result;
}
