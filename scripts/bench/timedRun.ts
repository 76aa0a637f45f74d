import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** How long a child took, its exit code and (with GNU time) its CPU time and the peak RSS of the largest process in its tree. */
export interface TimedRun {
  seconds: number;
  /** User + system CPU seconds of the whole tree: less sensitive than wall time to other work on a shared machine. */
  cpuSeconds: number | undefined;
  /** The kernel's share of cpuSeconds (file creation, for the ingest). */
  systemSeconds: number | undefined;
  exitCode: number;
  peakRssMb: number | undefined;
  logFile: string;
}

const GNU_TIME = '/usr/bin/time';

/** Reads "Maximum resident set size (kbytes): N" from `time -v` output, in MB. */
export function gnuTimeOutputToPeakRssMb(text: string): number | undefined {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(text);
  return match ? Number(match[1]) / 1024 : undefined;
}

/** Reads "System time (seconds)" from `time -v` output. */
export function gnuTimeOutputToSystemSeconds(text: string): number | undefined {
  const system = /System time \(seconds\):\s*([\d.]+)/.exec(text);
  return system ? Number(system[1]) : undefined;
}

/** Reads "User time (seconds)" + "System time (seconds)" from `time -v` output. */
export function gnuTimeOutputToCpuSeconds(text: string): number | undefined {
  const user = /User time \(seconds\):\s*([\d.]+)/.exec(text);
  const system = /System time \(seconds\):\s*([\d.]+)/.exec(text);
  return user && system ? Number(user[1]) + Number(system[1]) : undefined;
}

/** Runs a command with its output in `logFile`, timing it from spawn to exit. */
export function runTimed(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; logFile: string }): Promise<TimedRun> {
  // Write back what earlier steps left dirty (10,000 generated seeds, a dist folder), so this step is not charged for it.
  spawnSync('sync');
  const hasGnuTime = fs.existsSync(GNU_TIME);
  const rssFile = `${options.logFile}.time`;
  const [file, argv] = hasGnuTime ? [GNU_TIME, ['-v', '-o', rssFile, command, ...args]] : [command, args];
  const log = fs.openSync(options.logFile, 'w');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', log, log] });
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      fs.closeSync(log);
      const timeOutput = hasGnuTime && fs.existsSync(rssFile) ? fs.readFileSync(rssFile, 'utf8') : '';
      resolve({ seconds, cpuSeconds: gnuTimeOutputToCpuSeconds(timeOutput), systemSeconds: gnuTimeOutputToSystemSeconds(timeOutput), exitCode: code ?? 1, peakRssMb: gnuTimeOutputToPeakRssMb(timeOutput), logFile: options.logFile });
    });
  });
}
