import fs from 'node:fs';
import path from 'node:path';

/**
 * Deletes every file under `dir` that was neither changed since `since` (ms since 1970: its inode's change time, which
 * a write, a copy, a rename or a new hard link all set) nor listed in `kept` (paths relative to `dir`), then the
 * folders left empty. Returns how many files it deleted.
 */
export function pruneStaleOutput(dir: string, since: number, kept: ReadonlySet<string>): number {
  let pruned = 0;
  const walk = (folder: string): boolean => {
    let empty = true;
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (walk(file)) fs.rmdirSync(file);
        else empty = false;
      } else if (fs.lstatSync(file).ctimeMs < since && !kept.has(path.relative(dir, file))) {
        fs.rmSync(file);
        pruned++;
      } else empty = false;
    }
    return empty;
  };
  if (fs.existsSync(dir)) walk(dir);
  return pruned;
}
