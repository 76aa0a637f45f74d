import { spawn } from 'node:child_process';
import { watch } from 'node:fs';

/** A place whose file-system events are counted: a folder, or only the files of it that `only` accepts. */
export interface WatchedPlace {
  name: string;
  dir: string;
  only?: (file: string) => boolean;
}

/** The n-th file-system event in all the watched places ('any') or in the one named. */
export interface KillAt {
  on: string;
  event: number;
}

/**
 * Runs a command in a process group of its own and kills the whole group (SIGKILL) at the given file-system event of
 * the watched places, or never without one. A moment given as an event, not a time, lands at the same point of the
 * work however fast the machine is at that moment. `killed` is false when the command ended first (with `code`);
 * `events` is how many events it made.
 */
export function runKilledAtFileEvent(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; places: readonly WatchedPlace[]; killAt?: KillAt },
): Promise<{ killed: boolean; code: number | null; events: number }> {
  return new Promise((done, fail) => {
    const { killAt } = options;
    const counts = new Map<string, number>();
    const onEvent = (place: string) => {
      for (const key of ['any', place]) counts.set(key, (counts.get(key) ?? 0) + 1);
      if (!killAt || (killAt.on !== 'any' && killAt.on !== place) || counts.get(killAt.on) !== killAt.event) return;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // The group is already gone: the command ended at this very event.
      }
    };
    const watchers = options.places.map((place) => watch(place.dir, (_type, file) => (!place.only || (file !== null && place.only(file))) && onEvent(place.name)));
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: 'ignore' });
    child.once('error', (error) => {
      for (const watcher of watchers) watcher.close();
      fail(error);
    });
    child.once('exit', (code, signal) => {
      for (const watcher of watchers) watcher.close();
      done({ killed: signal === 'SIGKILL', code, events: counts.get('any') ?? 0 });
    });
  });
}
