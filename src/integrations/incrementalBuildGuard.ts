import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The file Astro's incremental build keeps its record of the last build in, inside its cache folder. */
export const INCREMENTAL_MANIFEST = 'incremental-build.json';
/** Left in Astro's cache folder while a build runs; still there at the next start, it says a build was stopped. */
export const BUILD_RUNNING_MARK = 'incremental-build.running';

/**
 * Starts a build: when the last one was stopped before its end, forgets what Astro's incremental build recorded, so
 * every page is rendered again. Astro writes the pages it keeps (`<cacheDir>/dist/`) in place, not under a temporary
 * name; a page cut short by a crash would otherwise be copied into a later build whose page has the key it had before.
 * Returns whether the record was dropped.
 */
export function startBuild(cacheDir: string): boolean {
  fs.mkdirSync(cacheDir, { recursive: true });
  const mark = `${cacheDir}/${BUILD_RUNNING_MARK}`;
  const stopped = fs.existsSync(mark);
  if (stopped) fs.rmSync(`${cacheDir}/${INCREMENTAL_MANIFEST}`, { force: true });
  fs.writeFileSync(mark, String(process.pid));
  return stopped;
}

/** Ends a build that went through: its record of the pages can be trusted. */
export function endBuild(cacheDir: string): void {
  fs.rmSync(`${cacheDir}/${BUILD_RUNNING_MARK}`, { force: true });
}

/** Guards Astro's incremental build (experimental.incrementalBuild) against a build stopped half-way. */
export function incrementalBuildGuard(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'incremental-build-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir).replace(/\/$/, '');
      },
      'astro:build:start': ({ logger }) => {
        if (startBuild(cacheDir)) logger.warn('the last build was stopped before its end: every page is rendered again');
      },
      'astro:build:done': () => endBuild(cacheDir),
    },
  };
}
