import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { INCREMENTAL_MANIFEST } from './incrementalBuildGuard.ts';
import { placedFiles } from './placedFiles.ts';
import { pruneStaleOutput } from './pruneStaleOutput.ts';

/** The output files Astro's incremental build recorded for the build that just ended (paths relative to dist). */
function recordedOutputs(cacheDir: string): Set<string> {
  const file = `${cacheDir}/${INCREMENTAL_MANIFEST}`;
  if (!fs.existsSync(file)) return new Set();
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { routes: Record<string, { paths: Record<string, { outputFile: string }> }> };
  return new Set(Object.values(manifest.routes).flatMap((route) => Object.values(route.paths).map((entry) => entry.outputFile)));
}

/** Folders of dist, relative to it, that another step of the build writes and prunes: this one leaves them alone. */
interface PrunerOptions {
  leave?: string[];
}

/**
 * With `vite.build.emptyOutDir: false`, Astro keeps dist between builds, and its incremental build leaves each page it
 * can reuse in place instead of copying it back from its cache. What no longer belongs to the site (a removed event's
 * page, share image and citation files, an old asset) is deleted here, after every other
 * integration has written its files: a file in dist that this build neither wrote, linked (placedFiles) nor reused, so that dist
 * holds what a build into an empty folder holds. Must be the last integration.
 */
export function staleOutputPruner({ leave = [] }: PrunerOptions = {}): AstroIntegration {
  let cacheDir = '';
  let started = 0;
  return {
    name: 'stale-output-pruner',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir).replace(/\/$/, '');
      },
      'astro:build:start': () => {
        // A second early, for the file system's coarser clock: the last build ended seconds before this one started.
        started = Date.now() - 1000;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const kept = recordedOutputs(cacheDir);
        for (const file of placedFiles) kept.add(path.relative(dist, file));
        const pruned = pruneStaleOutput(dist, started, kept, leave);
        logger.info(`${pruned} files of earlier builds removed from dist`);
      },
    },
  };
}
