import fs from 'node:fs';

/** What tells that a file was written since it was last read: its size, modification time (ns) and inode. */
export type FileStamp = [size: number, mtimeNs: string, ino: string];

/** A file's stamp, or undefined when it is missing. */
export function fileToStamp(file: string): FileStamp | undefined {
  try {
    const stat = fs.statSync(file, { bigint: true });
    return [Number(stat.size), String(stat.mtimeNs), String(stat.ino)];
  } catch {
    return undefined;
  }
}

/** Whether a recorded entry begins with the file's stamp (a file written again has another modification time, or another inode when replaced). */
export function stampIsRecorded(stamp: FileStamp, recorded: readonly unknown[] | undefined): boolean {
  return recorded !== undefined && stamp.every((value, i) => recorded[i] === value);
}
