import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { INCREMENTAL_MANIFEST } from './incrementalBuildGuard.ts';
import { placedFiles } from './placedFiles.ts';
import { filesInFolders, pruneStaleOutput } from './pruneStaleOutput.ts';

/** The output files Astro's incremental build recorded for the build that just ended (paths relative to dist). */
function recordedOutputs(cacheDir: string): Set<string> {
  const file = `${cacheDir}/${INCREMENTAL_MANIFEST}`;
  if (!fs.existsSync(file)) return new Set();
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { routes: Record<string, { paths: Record<string, { outputFile: string }> }> };
  return new Set(Object.values(manifest.routes).flatMap((route) => Object.values(route.paths).map((entry) => entry.outputFile)));
}

/**
 * The files the last build left in the listed folders of dist, kept in the project's cache (not Astro's, which a
 * build may be run without: the list tells what is in dist, whatever Astro rendered again).
 */
export const LISTED_OUTPUTS = path.join('.cache', 'build', 'dist-listed-files.json');

/** What the record holds: the dist folder it describes and its listed files. */
interface ListedRecord {
  dist: string;
  files: string[];
}

/** The last build's list for this dist, or undefined when there is none (a first build, a stopped one: the folders are then walked). */
function readListed(file: string, dist: string): Set<string> | undefined {
  try {
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<ListedRecord>;
    return record.dist === dist && Array.isArray(record.files) && record.files.every((entry) => typeof entry === 'string') ? new Set(record.files) : undefined;
  } catch {
    return undefined;
  }
}

interface PrunerOptions {
  /** Folders of dist, relative to it, that another step of the build writes and prunes: this one leaves them alone. */
  leave?: string[];
  /**
   * Folders of dist whose every file is a page of Astro or a linked file: listed at the end of a build, they are not
   * walked by the next one, which checks the list instead (pruneStaleOutput).
   */
  listed?: string[];
}

/**
 * With `vite.build.emptyOutDir: false`, Astro keeps dist between builds, and its incremental build leaves each page it
 * can reuse in place instead of copying it back from its cache. What no longer belongs to the site (a removed event's
 * page, share image and citation files, an old asset) is deleted here, after every other
 * integration has written its files: a file in dist that this build neither wrote, linked (placedFiles) nor reused, so that dist
 * holds what a build into an empty folder holds. Must be the last integration.
 */
export function staleOutputPruner({ leave = [], listed = [] }: PrunerOptions = {}): AstroIntegration {
  let cacheDir = '';
  let started = 0;
  let lastListed: Set<string> | undefined;
  let outDir = '';
  let recordFile = '';
  let distWasEmpty = false;
  return {
    name: 'stale-output-pruner',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir).replace(/\/$/, '');
        outDir = fileURLToPath(config.outDir);
        recordFile = path.join(fileURLToPath(config.root), LISTED_OUTPUTS);
      },
      'astro:build:start': () => {
        // into an empty dist, everything the build leaves is its own: nothing to prune, no folder to walk
        distWasEmpty = !fs.existsSync(outDir) || fs.readdirSync(outDir).length === 0;
        // A second early, for the file system's coarser clock: the last build ended seconds before this one started.
        started = Date.now() - 1000;
        // The list is taken and its file deleted: a build stopped before its end leaves none, and the next walks the folders.
        lastListed = readListed(recordFile, outDir);
        fs.rmSync(recordFile, { force: true });
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const kept = recordedOutputs(cacheDir);
        for (const file of placedFiles) kept.add(path.relative(dist, file));
        const { pruned, listed: left } = distWasEmpty ? { pruned: 0, listed: filesInFolders(kept, listed) } : pruneStaleOutput(dist, started, kept, { leave, listed, ...(lastListed ? { lastListed } : {}) });
        fs.mkdirSync(path.dirname(recordFile), { recursive: true });
        fs.writeFileSync(`${recordFile}.tmp`, JSON.stringify({ dist: outDir, files: left } satisfies ListedRecord));
        fs.renameSync(`${recordFile}.tmp`, recordFile);
        const how = distWasEmpty ? ' (dist was empty)' : lastListed ? ` (${listed.join(', ')}: by the last build's list)` : '';
        logger.info(`${pruned} files of earlier builds removed from dist${how}`);
      },
    },
  };
}
