import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * Some disks create files far more slowly for a few minutes after many files were deleted. ext4 without a journal (this
 * machine's) skips, one by one, every inode freed in the last minutes: 10,000 creations went from 0.3 s to 3–6 s of
 * kernel time, for about four minutes. The benchmark measures the ingest, not that: it probes the disk and waits.
 */

/** Files per probe. Measured after deleting 21,000 files: 1,700/s, then 3,000–9,800/s for 3.5 minutes, then 27,000–35,000/s; probes of 1,000 files were noisier and once read 13,500/s on the slow disk. */
export const PROBE_FILES = 5000;

/** Creations per second below which the disk is still slowed by a recent mass deletion. */
export const SETTLED_FILES_PER_SECOND = 25_000;

/** Creates `count` empty files in the new folder `dir` and returns how many it created per second. The files stay: deleting them would slow the disk again. */
export function probeFileCreation(dir: string, count = PROBE_FILES): number {
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
    options.log?.(`bench: the disk creates ${Math.round(filesPerSecond)} files/s (settled: ${SETTLED_FILES_PER_SECOND}+), as after a recent mass deletion; probing again in ${options.intervalSeconds ?? 20} s`);
    await new Promise((resolveWait) => setTimeout(resolveWait, (options.intervalSeconds ?? 20) * 1000));
  }
}
