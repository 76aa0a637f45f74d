/**
 * The build's last step (npm run build): Pagefind indexes the built site into its bundle, then the files of earlier
 * bundles are removed. The bundle is written into the last one: Pagefind leaves every hashed file that already exists
 * as it is (a fragment of an unchanged page, an unchanged index chunk), which saves writing about 10,000 files again
 * after a one-seed edit. Options are Pagefind's own, in pagefind.yml.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { pagefindConfigToBundleDir, type PagefindPlacement } from './search/bundleDir.ts';
import { pruneSearchBundle } from './search/pruneSearchBundle.ts';
import { readPagefindEntry } from './search/searchBundleFiles.ts';

const root = process.cwd();
const config = load(fs.readFileSync(path.join(root, 'pagefind.yml'), 'utf8')) as PagefindPlacement;
const bundleDir = path.resolve(root, pagefindConfigToBundleDir(config));
const relativeBundle = path.relative(root, bundleDir);
const installed = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;

function runPagefind(): void {
  const run = spawnSync(path.join(root, 'node_modules', '.bin', 'pagefind'), [], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`search-index: pagefind failed (${run.error?.message ?? `exit ${run.status ?? run.signal}`})`);
    process.exit(run.status || 1);
  }
}

/** The last bundle's version, or undefined when there is none or its entry cannot be read (a run that was stopped). */
function lastBundleVersion(): string | undefined {
  try {
    return readPagefindEntry(bundleDir)?.version;
  } catch {
    return undefined;
  }
}

// Another version of Pagefind may encode the same content otherwise: its files are not reused.
const lastVersion = lastBundleVersion();
if (lastVersion !== undefined && lastVersion !== installed) fs.rmSync(bundleDir, { recursive: true, force: true });
runPagefind();
const { pruned, unsound } = pruneSearchBundle(bundleDir);
if (unsound.length > 0) {
  // A file an earlier run left half written, or under the short hash of other content: Pagefind kept it, so the
  // bundle is written again from an empty folder.
  console.log(`search-index: ${unsound.length} files of ${relativeBundle} do not hold what their names say (${unsound.slice(0, 3).join(', ')}); indexing again into an empty folder`);
  fs.rmSync(bundleDir, { recursive: true, force: true });
  runPagefind();
}
console.log(`search-index: ${pruned} files of earlier bundles removed from ${relativeBundle}`);
