import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { writeTextSync } from '../ingest/fs.ts';
import { contentToFullHash } from './contentToFullHash.ts';
import { mergePagefindIndexes, type PfChunk, type PfFilter, type PfIndex, type PfMeta } from './mergePagefindIndexes.ts';
import { PF_SIGNATURE, pfFileToContent } from './pfFileToContent.ts';
import { readPagefindEntry } from './searchBundleFiles.ts';
import { readRecordFile } from '../build/readRecordFile.ts';

// Pagefind compresses at the best level (9); zlib's default level writes the 10,000-event index's chunks five times
// faster (0.6 s against 2.7 s) for 2% more bytes (4.20 against 4.12 MB), and a one-seed edit rewrites half of them.
const GZIP_LEVEL = 6;

function contentToPfFile(content: Uint8Array): Buffer {
  // Pagefind's compressed files: its signature, then the encoded content, gzipped (pagefind/src/output).
  return gzipSync(Buffer.concat([Buffer.from(PF_SIGNATURE, 'latin1'), content]), { level: GZIP_LEVEL });
}

function readContent(file: string): Buffer {
  const content = pfFileToContent(fs.readFileSync(file));
  if (content === undefined) throw new Error(`${file}: not a Pagefind file (not gzip, or no signature)`);
  return content;
}

/** One part's bundle: its language, its decoded index. */
function readPart(dir: string): { language: string; index: PfIndex } {
  const entry = readPagefindEntry(dir);
  if (!entry) throw new Error(`${dir}: no pagefind-entry.json`);
  const languages = Object.entries(entry.languages);
  if (languages.length !== 1) throw new Error(`${dir}: ${languages.length} languages; the merge handles one`);
  const [language, { hash }] = languages[0]!;
  const meta = decode(readContent(path.join(dir, `pagefind.${hash}.pf_meta`))) as PfMeta;
  const chunk = (hash: string) => decode(readContent(path.join(dir, 'index', `${hash}.pf_index`))) as PfChunk;
  const filters = new Map(meta[3].map(([, filter]) => [filter, decode(readContent(path.join(dir, 'filter', `${filter}.pf_filter`))) as PfFilter]));
  return { language, index: { meta, chunk, filters } };
}

/** Writes a file of the bundle unless it is there already (hashed names: the same name, the same content). */
function writeIfMissing(file: string, bytes: () => Uint8Array): boolean {
  if (fs.existsSync(file)) return false;
  writeTextSync(file, bytes());
  return true;
}

/** The fragments of the last merged bundle: its name of each → the part's fragment it was copied from (Pagefind's hashed name). */
export type FragmentSources = Record<string, string>;


/**
 * Merges the Pagefind bundles of the parts (folders) into one bundle in `bundleDir`: the merged metadata, chunks and
 * filter files, every part's fragments, Pagefind's scripts and WebAssembly, and last its entry, which makes the new
 * bundle the one the search page loads. Files of an earlier bundle stay (pruneSearchBundle removes them). An event's
 * fragment is named by its place in the date order, not by its content, so `sourcesFile` records which part's
 * fragment each was copied from: it is copied again when that changed or the file is missing. Returns how many files
 * were written. `chunkSize`: Pagefind's, if set.
 */
export function writeMergedBundle(partDirs: readonly string[], bundleDir: string, sourcesFile: string, chunkSize?: number): number {
  const parts = partDirs.map(readPart);
  const language = parts[0]!.language;
  if (parts.some((part) => part.language !== language)) throw new Error(`the parts are of several languages (${[...new Set(parts.map((part) => part.language))].join(', ')})`);
  const fullHashes = new Map<string, string>();
  const fragmentFile = (part: number, name: string) => path.join(partDirs[part]!, 'fragment', `${name}.pf_fragment`);
  const merged = mergePagefindIndexes(
    parts.map((part) => part.index),
    language,
    (part, name) => fullHashes.get(`${part} ${name}`) ?? fullHashes.set(`${part} ${name}`, contentToFullHash(readContent(fragmentFile(part, name)))).get(`${part} ${name}`)!,
    chunkSize,
  );

  let written = 0;
  for (const folder of ['fragment', 'index', 'filter']) fs.mkdirSync(path.join(bundleDir, folder), { recursive: true });
  const lastSources = readRecordFile<string>(sourcesFile);
  const sources: FragmentSources = {};
  merged.fragments.forEach((names, part) => {
    for (const [name, mergedName] of names) {
      const file = path.join(bundleDir, 'fragment', `${mergedName}.pf_fragment`);
      sources[mergedName] = name;
      if (mergedName.startsWith(`${language}_`)) {
        if (writeIfMissing(file, () => fs.readFileSync(fragmentFile(part, name)))) written++;
      } else if (lastSources[mergedName] !== name || !fs.existsSync(file)) {
        writeTextSync(file, fs.readFileSync(fragmentFile(part, name)));
        written++;
      }
    }
  });
  for (const [hash, content] of merged.chunks) if (writeIfMissing(path.join(bundleDir, 'index', `${hash}.pf_index`), () => contentToPfFile(content))) written++;
  for (const [hash, content] of merged.filters) if (writeIfMissing(path.join(bundleDir, 'filter', `${hash}.pf_filter`), () => contentToPfFile(content))) written++;
  if (writeIfMissing(path.join(bundleDir, `pagefind.${merged.meta.hash}.pf_meta`), () => contentToPfFile(merged.meta.content))) written++;

  // Pagefind's scripts, styles and WebAssembly are the same in every part of one version: the newest part's.
  const newest = partDirs.at(-1)!;
  for (const name of fs.readdirSync(newest)) {
    const from = path.join(newest, name);
    if (name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || !fs.statSync(from).isFile()) continue;
    const bytes = fs.readFileSync(from);
    const to = path.join(bundleDir, name);
    if (!fs.existsSync(to) || !fs.readFileSync(to).equals(bytes)) {
      writeTextSync(to, bytes);
      written++;
    }
  }
  const entry = JSON.parse(fs.readFileSync(path.join(newest, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; page_count: number }> };
  entry.languages[language] = { ...entry.languages[language]!, hash: merged.meta.hash, page_count: merged.pageCount };
  const entryText = JSON.stringify(entry);
  const entryFile = path.join(bundleDir, 'pagefind-entry.json');
  if (!fs.existsSync(entryFile) || fs.readFileSync(entryFile, 'utf8') !== entryText) {
    writeTextSync(entryFile, entryText);
    written++;
  }
  // Last: a run stopped before this line copies again every fragment whose source it did not record.
  fs.mkdirSync(path.dirname(sourcesFile), { recursive: true });
  writeTextSync(sourcesFile, JSON.stringify(sources));
  return written;
}
