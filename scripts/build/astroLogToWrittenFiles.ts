/** A file an `astro build` log lists, and whether Astro copied it from its cache instead of rendering it. */
export interface WrittenFile {
  path: string;
  reused: boolean;
}

/**
 * The files an `astro build` log lists (`├─ /events/x/index.html`), each marked reused when Astro's incremental build
 * copied it from its cache (`(restored)`, `(cached)`). Pages rendered at once (build.concurrency) cut into each other's
 * lines: a rendered page's `(+12ms)` comes later, after other paths, but a reused file's mark always follows its path
 * at once (Astro logs the two without waiting between them), so the log is read path by path, not line by line.
 */
export function astroLogToWrittenFiles(log: string): WrittenFile[] {
  // Colours out, and each entry's time stamp (09:19:24, glued to the path before it when lines cut in) made a break.
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '').replace(/\d\d:\d\d:\d\d\s+(?=[├└]─)/g, '\n');
  return plain
    .split(/[├└]─ (?=\/)/)
    .slice(1)
    .map((chunk) => ({ path: chunk.split(/\s/)[0]!, reused: /^\S+ \((restored|cached)\)/.test(chunk) }));
}
