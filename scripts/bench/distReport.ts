import fs from 'node:fs';
import path from 'node:path';
import { folderToFiles, pageToWeight } from './pageWeight.ts';

/** What the built site weighs: totals, the largest page, and the heaviest event page and the home page. */
export interface DistReport {
  totalBytes: number;
  htmlPages: number;
  largestHtml: { file: string; bytes: number };
  event: { file: string; htmlBytes: number; inlineJsBytes: number; fileJsBytes: number } | undefined;
  home: { htmlBytes: number; inlineJsBytes: number; fileJsBytes: number } | undefined;
}

/** Measures a built dist folder (the event page reported is the one with the most HTML). */
export function distToReport(dist: string): DistReport {
  const files = folderToFiles(dist);
  const html = files.filter(({ file }) => file.endsWith('.html'));
  if (html.length === 0) throw new Error(`${dist}: no HTML page`);
  const largest = html.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const eventsDir = path.join(dist, 'events') + path.sep;
  const events = html.filter(({ file }) => file.startsWith(eventsDir) && file.endsWith(`${path.sep}index.html`));
  const heaviestEvent = events.length > 0 ? events.reduce((a, b) => (b.bytes > a.bytes ? b : a)) : undefined;
  const homeFile = path.join(dist, 'index.html');
  return {
    totalBytes: files.reduce((sum, { bytes }) => sum + bytes, 0),
    htmlPages: html.length,
    largestHtml: { file: path.relative(dist, largest.file), bytes: largest.bytes },
    event: heaviestEvent ? { file: path.relative(dist, heaviestEvent.file), ...pageToWeight(dist, heaviestEvent.file) } : undefined,
    home: fs.existsSync(homeFile) ? pageToWeight(dist, homeFile) : undefined,
  };
}
