import fs from 'node:fs';
import path from 'node:path';
import { pfMetaToFiles } from './pfMetaToFiles.ts';

/** What `pagefind-entry.json` says of each language's index. */
interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string | null; page_count?: number }>;
}

/** Reads a bundle's `pagefind-entry.json`, or undefined when the folder holds none (no bundle yet, or a broken one). */
export function readPagefindEntry(bundleDir: string): PagefindEntry | undefined {
  const file = path.join(bundleDir, 'pagefind-entry.json');
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as PagefindEntry;
}

/**
 * The hashed files (and per-language WebAssembly) of the bundle `pagefind-entry.json` describes, relative to the bundle
 * folder: each language's metadata file and every fragment, index chunk and filter file it names.
 */
export function searchBundleFiles(bundleDir: string, entry: PagefindEntry): Set<string> {
  const files = new Set<string>(['wasm.unknown.pagefind']);
  for (const { hash, wasm } of Object.values(entry.languages)) {
    const meta = `pagefind.${hash}.pf_meta`;
    files.add(meta);
    if (wasm) files.add(`wasm.${wasm}.pagefind`);
    for (const file of pfMetaToFiles(fs.readFileSync(path.join(bundleDir, meta)))) files.add(file);
  }
  return files;
}
