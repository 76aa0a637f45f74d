import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BUILD_ENV, buildSteps } from '../build/buildSteps.ts';
import { loadSeedPools, writeSyntheticSeeds } from './corpus.ts';
import { copyProjectForBuild } from './siteCopy.ts';

// The build's caches worth keeping between test runs: drawing 10,000 share images takes minutes; the seed cache is not
// kept (the ingest of 10,000 seeds takes seconds, and its cache is the largest).
const KEPT_CACHES = ['share-images', 'citations'];

/**
 * Builds the benchmark's synthetic site in `work`, for tests that need a site of benchmark size: `count` generated
 * seeds, then the project's own build steps (ingest, Astro, Pagefind) in a copy of the project, in the environment
 * given (which names SITE_URL). With `cacheDir`, the copy's caches of the build's own files (share images,
 * citations) live there and outlast the copy, so a later build draws no image it drew before. Returns dist.
 */
export async function buildSyntheticSite(root: string, work: string, options: { count: number; seed: number; env: NodeJS.ProcessEnv; cacheDir?: string }): Promise<string> {
  const site = path.join(work, 'site');
  const seeds = path.join(work, 'seeds');
  const events = path.join(work, 'events');
  const log = path.join(work, 'build.log');
  copyProjectForBuild(root, site);
  if (options.cacheDir) {
    fs.mkdirSync(path.join(site, '.cache'), { recursive: true });
    for (const cache of KEPT_CACHES) {
      fs.mkdirSync(path.join(options.cacheDir, cache), { recursive: true });
      fs.symlinkSync(path.resolve(options.cacheDir, cache), path.join(site, '.cache', cache));
    }
  }
  writeSyntheticSeeds(await loadSeedPools(root), { count: options.count, seed: options.seed, out: seeds });
  const env = { ...options.env, ...BUILD_ENV, EVENTS_DIR: events };
  for (const step of buildSteps(site, ['--seeds', seeds, '--out', events, '--quiet'])) {
    const out = fs.openSync(log, 'a');
    const run = spawnSync(step.command, step.args, { cwd: site, env, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    if (run.status !== 0) throw new Error(`the synthetic site's ${step.name} step failed; see ${log}:\n${fs.readFileSync(log, 'utf8').slice(-2000)}`);
  }
  return path.join(site, 'dist');
}
