/**
 * The build's last step (npm run build): the built event pages indexed by Pagefind into one search bundle. Pagefind
 * indexes the archive in parts (five years each, src/config.ts), each part into its own bundle under
 * .cache/search-index/parts/, and a part is indexed again only when one of its pages changed (its inputs' digest), so
 * one new seed costs one part, not the archive, and Pagefind's memory is a part's. The parts' indexes are then merged
 * into the one index Pagefind would write for every page (scripts/search/mergePagefindIndexes.ts): the reader loads
 * one bundle, as before. The bundle is written into the last one (a hashed file that exists is not written again), and
 * the files no longer reached are removed. Pagefind's own options are in pagefind.yml.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { pagefindConfigToBundleDir, type PagefindPlacement } from './search/bundleDir.ts';
import { eventPagesToParts, partToGlob } from './search/eventPagesToParts.ts';
import { eventPageDigest, type PageDigests } from './search/eventPageDigest.ts';
import { partInputsDigest } from './search/partInputsDigest.ts';
import { pruneSearchBundle, type CheckedFiles } from './search/pruneSearchBundle.ts';
import { readPagefindEntry } from './search/searchBundleFiles.ts';
import { writeMergedBundle } from './search/writeMergedBundle.ts';
import { readRecordFile } from './build/readRecordFile.ts';
import { writeTextSync } from './ingest/fs.ts';

const root = process.cwd();
const configText = fs.readFileSync(path.join(root, 'pagefind.yml'), 'utf8');
const config = load(configText) as PagefindPlacement;
const site = path.resolve(root, config.site);
const bundleDir = path.resolve(root, pagefindConfigToBundleDir(config));
const relativeBundle = path.relative(root, bundleDir);
const installed = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;
const cacheDir = path.join(root, '.cache', 'search-index');
const partsDir = path.join(cacheDir, 'parts');
const stateFile = path.join(cacheDir, 'parts.json');
// Which part's fragment each event fragment of the bundle was copied from (writeMergedBundle).
const sourcesFile = path.join(cacheDir, 'fragment-sources.json');
// What each event page's file was when last read, and its digest (eventPageDigest).
const pageDigestsFile = path.join(cacheDir, 'page-digests.json');
// The bundle's files found sound by the last check, as they were then (pruneSearchBundle).
const checkedFile = path.join(cacheDir, 'checked-files.json');
const settings = JSON.stringify({ pagefind: installed, config: configText });
// Keys of the state file beside the parts' digests: what the last merge was made from, and the entry it wrote.
const MERGED = '(merged from)';
const MERGED_ENTRY = '(merged entry)';

// Pagefind runs under way: a failed one stops the step, and the others with it.
const running = new Set<ChildProcess>();

function fail(message: string): never {
  console.error(`search-index: ${message}`);
  for (const child of running) child.kill();
  process.exit(1);
}

/** Pagefind over the pages of `glob` into `output`; the step fails, with Pagefind's output, when Pagefind does. */
function runPagefind(glob: string, output: string): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'node_modules', '.bin', 'pagefind'), ['--site', site, '--glob', glob, '--output-path', output], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    running.add(child);
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', (error) => fail(`pagefind failed on ${path.relative(root, output)} (${error.message})`));
    child.on('close', (code, signal) => {
      running.delete(child);
      if (code === 0) return resolve();
      process.stdout.write(Buffer.concat(out));
      fail(`pagefind failed on ${path.relative(root, output)} (exit ${code ?? signal})`);
    });
  });
}

// Parts indexed at once: two Pagefind runs on two cores took 15.8 s where one after the other took 22.0 s (two parts
// of about 9,000 pages each at 48,659 events); one run alone keeps about one and a half cores busy.
const PARTS_AT_ONCE = Math.min(2, os.availableParallelism());

/** The digests of the parts as last indexed; a part being indexed has none, so a stopped run indexes it again. */
function readState(): Record<string, string> {
  return readRecordFile<string>(stateFile);
}

function writeState(state: Record<string, string>): void {
  fs.mkdirSync(cacheDir, { recursive: true });
  writeTextSync(stateFile, `${JSON.stringify(state, null, 2)}\n`);
}

/** A bundle's version, or undefined when there is none or its entry cannot be read (a run that was stopped). */
function bundleVersion(dir: string): string | undefined {
  try {
    return readPagefindEntry(dir)?.version;
  } catch {
    return undefined;
  }
}

// An event page marks its text for Pagefind; the redirect pages of renamed events beside them do not (nor is their
// year the event's), and Pagefind skips them in a part that has event pages.
const eventsDir = path.join(site, 'events');
const folders = fs.existsSync(eventsDir) ? fs.readdirSync(eventsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : [];
const pageDigests = new Map<string, Buffer>();
const lastPageDigests = readRecordFile<PageDigests[string]>(pageDigestsFile);
const nextPageDigests: PageDigests = {};
for (const folder of folders) {
  const page = `events/${folder}/index.html`;
  const digest = eventPageDigest(path.join(site, page), page, lastPageDigests, nextPageDigests);
  if (digest) pageDigests.set(page, digest);
}
fs.mkdirSync(cacheDir, { recursive: true });
writeTextSync(pageDigestsFile, JSON.stringify(nextPageDigests));
const parts = eventPagesToParts([...pageDigests.keys()].map((page) => page.split('/')[1]!));
if (parts.size === 0) {
  // No event yet: an index of the 404 page alone (what a crawl of every page would give), so that the search page
  // still loads an index and finds nothing, rather than failing to load one.
  fs.rmSync(bundleDir, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
  await runPagefind('404.html', bundleDir);
  console.log(`search-index: no event page, so ${relativeBundle} indexes the 404 page alone`);
  process.exit(0);
}

// 1. Each part whose pages changed, indexed again into its last bundle, which is then pruned and checked.
const state = readState();
for (const name of Object.keys(state)) if (!parts.has(name) && name !== MERGED && name !== MERGED_ENTRY) delete state[name];
fs.mkdirSync(partsDir, { recursive: true });
for (const entry of fs.readdirSync(partsDir)) if (!parts.has(entry)) fs.rmSync(path.join(partsDir, entry), { recursive: true, force: true });
let indexed = 0;
const toIndex: Array<{ name: string; dir: string; digest: string; glob: string }> = [];
for (const [name, part] of parts) {
  const dir = path.join(partsDir, name);
  const digest = partInputsDigest(settings, part.pages.map((page) => ({ path: page, digest: pageDigests.get(page)! })));
  const version = bundleVersion(dir);
  if (state[name] === digest && version === installed) continue;
  delete state[name];
  // Another version of Pagefind may encode the same content otherwise: its files are not reused.
  if (version !== installed) fs.rmSync(dir, { recursive: true, force: true });
  toIndex.push({ name, dir, digest, glob: partToGlob(part.years) });
}
writeState(state);
const indexPart = async ({ name, dir, digest, glob }: (typeof toIndex)[number]) => {
  await runPagefind(glob, dir);
  if (pruneSearchBundle(dir).unsound.length > 0) {
    // A file an earlier run left half written, or under the short hash of other content: Pagefind kept it, so the
    // part is written again from an empty folder.
    fs.rmSync(dir, { recursive: true, force: true });
    await runPagefind(glob, dir);
  }
  state[name] = digest;
  writeState(state);
  indexed++;
};
const queue = [...toIndex];
await Promise.all(Array.from({ length: PARTS_AT_ONCE }, async () => {
  for (let next = queue.shift(); next; next = queue.shift()) await indexPart(next);
}));
writeState(state);

// 2. The parts merged, oldest first (their date sorts follow each other), into the site's one bundle. Its files are
// reused by name only when the bundle is the one this script last wrote (its entry as written): another's (an earlier
// design's, another version's) may hold the same content compressed otherwise, so it goes. Nothing is merged when
// neither the parts nor the merge's code changed.
const oldestFirst = [...parts.keys()].sort().map((name) => path.join(partsDir, name));
const searchCode = path.join(import.meta.dirname, 'search');
const mergeCode = fs.readdirSync(searchCode).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts')).sort().map((file) => fs.readFileSync(path.join(searchCode, file), 'utf8'));
// What the merge is made from: the parts, each by its inputs' digest, and the code that merges them.
const mergeInputs = createHash('sha256').update(JSON.stringify({ parts: oldestFirst.map((dir) => state[path.basename(dir)]), mergeCode })).digest('hex');
const entryFile = path.join(bundleDir, 'pagefind-entry.json');
const readEntryText = () => (fs.existsSync(entryFile) ? fs.readFileSync(entryFile, 'utf8') : undefined);
const ours = readEntryText() !== undefined && readEntryText() === state[MERGED_ENTRY];
if (!ours) fs.rmSync(bundleDir, { recursive: true, force: true });
let written = 0;
if (!ours || indexed > 0 || state[MERGED] !== mergeInputs) {
  delete state[MERGED];
  writeState(state);
  written = writeMergedBundle(oldestFirst, bundleDir, sourcesFile);
}
const checked = { last: readRecordFile<CheckedFiles[string]>(checkedFile), next: {} as CheckedFiles };
let { pruned, unsound } = pruneSearchBundle(bundleDir, readRecordFile<string>(sourcesFile), checked);
if (unsound.length > 0) {
  console.log(`search-index: ${unsound.length} files of ${relativeBundle} do not hold what their names say (${unsound.slice(0, 3).join(', ')}); writing it again into an empty folder`);
  fs.rmSync(bundleDir, { recursive: true, force: true });
  written = writeMergedBundle(oldestFirst, bundleDir, sourcesFile);
  ({ pruned, unsound } = pruneSearchBundle(bundleDir, readRecordFile<string>(sourcesFile), { last: {}, next: (checked.next = {}) }));
  if (unsound.length > 0) fail(`${relativeBundle} is still unsound after writing it again: ${unsound.slice(0, 3).join(', ')}`);
}
writeTextSync(checkedFile, JSON.stringify(checked.next));
state[MERGED] = mergeInputs;
state[MERGED_ENTRY] = readEntryText()!;
writeState(state);
console.log(`search-index: ${parts.size} parts (${indexed} indexed again) merged into ${relativeBundle}: ${written} files written, ${pruned} files of earlier bundles removed`);
