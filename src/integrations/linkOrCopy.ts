import fs from 'node:fs';
import path from 'node:path';
import { placedFiles } from './placedFiles.ts';

// On this project's disks a new file costs an inode, and after a mass deletion inodes come slowly; a hard link to a
// cached file costs a directory entry only. Where the two folders are on different file systems, the file is copied.
/** Puts `source` at `target` as a hard link (left as it is when it is one already), or as a copy where a link cannot be made. */
export function linkOrCopy(source: string, target: string): void {
  placedFiles.add(path.resolve(target));
  // dist is kept between builds: most files are already the link the last build made (a stat instead of two writes).
  const present = fs.statSync(target, { throwIfNoEntry: false });
  const cached = fs.statSync(source);
  if (present && present.ino === cached.ino && present.dev === cached.dev) return;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.rmSync(target, { force: true });
  try {
    fs.linkSync(source, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK' && code !== 'ENOTSUP') throw error;
    fs.copyFileSync(source, target);
  }
}
