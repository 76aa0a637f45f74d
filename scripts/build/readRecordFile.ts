import fs from 'node:fs';

/**
 * A JSON object a build step recorded for its next run, or an empty one when there is none or it cannot be read
 * (a record only spares work: without it the work is done again).
 */
export function readRecordFile<T>(file: string): Record<string, T> {
  try {
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    return typeof record === 'object' && record !== null && !Array.isArray(record) ? (record as Record<string, T>) : {};
  } catch {
    return {};
  }
}
