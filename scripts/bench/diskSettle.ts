import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * Some disks create files far more slowly for a few minutes after many files were deleted: ext4 without a journal
 * (this machine's) skips, inode by inode, every inode freed in the last minutes, so 10,000 creations went from 0.3 s to
 * 3–6 s of kernel time. The benchmark measures the ingest, not that: it probes the disk first and waits while it is slow.
 */

/** Creations per second below which the disk is still paying for a recent mass deletion (settled: 30,000–35,000; just after one: 3,000–20,000). */
export const SETTLED_FILES_PER_SECOND = 25_000;

/** Creates `count` empty files in the new folder `dir` and returns how many it created per second. The files stay: deleting them would slow the disk again. */
export function probeFileCreation(dir: string, count = 1000): number {
  fs.mkdirSync(dir, { recursive: true });
  const started = performance.now();
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `${i}`), '');
  return count / ((performance.now() - started) / 1000);
}

/** Probes the disk under `parent` until it creates files at a settled rate or `maxWaitSeconds` have passed. */
export async function waitForSettledDisk(
  parent: string,
  options: { maxWaitSeconds: number; intervalSeconds?: number; log?: (line: string) => void },
): Promise<{ filesPerSecond: number; waitedSeconds: number }> {
  const started = performance.now();
  const waited = () => (performance.now() - started) / 1000;
  for (let probe = 0; ; probe++) {
    spawnSync('sync');
    const filesPerSecond = probeFileCreation(path.join(parent, `disk-probe-${probe}`));
    if (filesPerSecond >= SETTLED_FILES_PER_SECOND || waited() >= options.maxWaitSeconds) return { filesPerSecond, waitedSeconds: waited() };
    options.log?.(`bench: the disk creates ${Math.round(filesPerSecond)} files/s (settled: ${SETTLED_FILES_PER_SECOND}+), after a recent mass deletion; probing again in ${options.intervalSeconds ?? 15} s`);
    await new Promise((resolveWait) => setTimeout(resolveWait, (options.intervalSeconds ?? 15) * 1000));
  }
}
