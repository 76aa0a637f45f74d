/** What one build did with share images; kept on globalThis because the pages and the integration are bundled apart. */
export interface ShareImageStats {
  drawn: number;
  cached: number;
  /** Milliseconds spent drawing and encoding (not reading the cache). */
  drawMs: number;
  /** Milliseconds spent reading images from the cache. */
  readMs: number;
  /** The cache file names this build used; the others are stale. */
  used: Set<string>;
  started: number;
}

const KEY = Symbol.for('japan-diplomacy-timeline.share-image-stats');

/** This process's share-image counters, created on first use. */
export function shareImageStats(): ShareImageStats {
  const holder = globalThis as { [KEY]?: ShareImageStats };
  holder[KEY] ??= { drawn: 0, cached: 0, drawMs: 0, readMs: 0, used: new Set(), started: performance.now() };
  return holder[KEY];
}
