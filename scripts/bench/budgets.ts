/** One figure the benchmark reports; `limit` and `bound` make it a SPEC §5 budget. */
export interface Figure {
  key: string;
  label: string;
  unit: string;
  /** `min`: measured must be at least limit; `max`: at most limit. */
  bound?: 'min' | 'max';
  limit?: number;
}

const KB = 1024;

/** The figures in the order the table prints them; the budgets are SPEC §5's. */
export const FIGURES: readonly Figure[] = [
  { key: 'seeds', label: 'synthetic seeds', unit: 'files' },
  { key: 'events', label: 'events written', unit: 'files' },
  // Creating files on this machine's disk slows down ~10× for minutes after a mass deletion; the bench probes it and waits.
  { key: 'diskFilesPerSecond', label: 'disk: empty files created per second, before the ingest', unit: 'files/s' },
  { key: 'diskWaitSeconds', label: 'disk: waited for it to settle', unit: 's' },
  // Cold: no seed is in the seed cache. As on any checkout where ingest has run before, Node's compile cache of the
  // pipeline's code is warm; the first run after a clone, without it either, is reported apart.
  { key: 'ingestRate', label: 'ingest, cold (no seed cache)', unit: 'seeds/s', bound: 'min', limit: 2000 },
  { key: 'ingestFirstRate', label: 'ingest, cold, first run of the code (no compile cache)', unit: 'seeds/s' },
  { key: 'ingestSeconds', label: 'ingest, cold', unit: 's' },
  { key: 'ingestCpuSeconds', label: 'ingest, cold: CPU time (user + sys, all threads)', unit: 's' },
  { key: 'ingestSystemSeconds', label: 'ingest, cold: of which kernel (sys)', unit: 's' },
  { key: 'ingestWarmSeconds', label: 'ingest, warm cache + 1 new seed', unit: 's' },
  // Share images are drawn once and then read from .cache/share-images: the budgeted build is the one with that cache warm.
  { key: 'shareImages', label: 'share images (events, hubs, site)', unit: 'files' },
  { key: 'shareImagesColdSeconds', label: 'share images, cold: drawing and encoding them all', unit: 's' },
  { key: 'shareImageColdMs', label: 'share images, cold: per image', unit: 'ms' },
  { key: 'shareImagesWarmSeconds', label: 'share images, warm: reading them from the cache', unit: 's' },
  { key: 'shareImagesWarmDrawn', label: 'share images, warm: drawn again', unit: 'files' },
  { key: 'shareImageCacheMb', label: 'share-image cache (.cache/share-images)', unit: 'MB' },
  { key: 'astroColdSeconds', label: 'astro build, cold share-image cache', unit: 's' },
  { key: 'astroSeconds', label: 'astro build, warm share-image cache', unit: 's' },
  { key: 'pagefindSeconds', label: 'pagefind', unit: 's' },
  { key: 'buildColdSeconds', label: 'whole build, cold share-image cache (first build of a checkout)', unit: 's' },
  { key: 'buildSeconds', label: 'whole build, warm share-image cache (ingest + astro + pagefind)', unit: 's', bound: 'max', limit: 120 },
  { key: 'buildCpuSeconds', label: 'whole build, CPU time (user + sys)', unit: 's' },
  { key: 'ingestPeakMb', label: 'ingest peak RSS', unit: 'MB' },
  { key: 'astroPeakMb', label: 'astro build peak RSS', unit: 'MB' },
  { key: 'pagefindPeakMb', label: 'pagefind peak RSS', unit: 'MB' },
  { key: 'peakMb', label: 'peak RSS of any step of the build', unit: 'MB', bound: 'max', limit: 4096 },
  // The editor's loop: one seed added to the built archive, then the build steps again (the ingest with its cache, Astro
  // rendering only what changed, Pagefind), until the site is rebuilt and searchable.
  { key: 'rebuildOneSeconds', label: 'one seed added: rebuilt and searchable (ingest + astro + pagefind)', unit: 's', bound: 'max', limit: 20 },
  { key: 'rebuildOneIngestSeconds', label: 'one seed added: ingest', unit: 's' },
  { key: 'rebuildOneAstroSeconds', label: 'one seed added: astro build', unit: 's' },
  { key: 'rebuildOnePagefindSeconds', label: 'one seed added: pagefind', unit: 's' },
  { key: 'rebuildOneRendered', label: 'one seed added: pages and files Astro rendered again', unit: 'files' },
  { key: 'rebuildOneReused', label: 'one seed added: pages Astro copied from its cache', unit: 'files' },
  { key: 'htmlPages', label: 'HTML pages in dist', unit: 'files' },
  { key: 'distMb', label: 'dist total size', unit: 'MB' },
  { key: 'shareImagesDistMb', label: 'dist: share images (og/)', unit: 'MB' },
  { key: 'largestHtmlKb', label: 'largest HTML page', unit: 'KB' },
  { key: 'eventHtmlKb', label: 'event page HTML (largest event page)', unit: 'KB', bound: 'max', limit: 30 },
  // SPEC §5 "no JavaScript until search is used": no script file is fetched; the inline share controls (SPEC §4) are reported apart.
  { key: 'eventJsFilesKb', label: 'event page script files before search', unit: 'KB', bound: 'max', limit: 0 },
  { key: 'eventInlineJsKb', label: 'event page inline script (share controls, citation date)', unit: 'KB' },
  { key: 'homeHtmlKb', label: 'home page HTML', unit: 'KB' },
  { key: 'homeJsKb', label: 'home page JavaScript (inline + files)', unit: 'KB' },
  // The Pagefind bundle's parts that grow with the number of pages: its metadata, loaded by every reader's first search
  // (a hash and word count per page and the date order), and the filter files that filters and facet counts load.
  { key: 'pagefindMetaKb', label: 'Pagefind metadata (pf_meta), loaded by the first search', unit: 'KB' },
  { key: 'pagefindFilterKb', label: 'Pagefind filter files, all', unit: 'KB' },
  { key: 'pagefindLargestFilterKb', label: 'Pagefind filter file, largest', unit: 'KB' },
  { key: 'pagefindLargestChunkKb', label: 'Pagefind index chunk, largest', unit: 'KB' },
  { key: 'searchQueries', label: 'search queries run', unit: 'queries' },
  // Latency: from sending the search to its count announced with the first result on screen; the rest of the page of
  // 20 (one fragment each) follows and is reported apart, as are the facet counts, computed after the results.
  { key: 'searchColdFirstMs', label: 'search latency, first query on a fresh page (no focus)', unit: 'ms' },
  { key: 'searchMedianMs', label: 'search latency, median', unit: 'ms' },
  { key: 'searchP95Ms', label: 'search latency, p95', unit: 'ms', bound: 'max', limit: 150 },
  { key: 'searchPageMedianMs', label: 'search: whole page of 20 results drawn, median', unit: 'ms' },
  { key: 'searchPageP95Ms', label: 'search: whole page of 20 results drawn, p95', unit: 'ms' },
  { key: 'searchCountsMs', label: 'search: facet counts following a query (3 facets unfolded)', unit: 'ms' },
  { key: 'searchMedianKb', label: 'search bytes per query, median', unit: 'KB' },
  { key: 'searchMaxKb', label: 'search bytes per query, max', unit: 'KB', bound: 'max', limit: 300 },
  // Issue 9: a phone on Chromium's Slow 4G with the CPU slowed 4× shows a query's first results within 1.5 s.
  { key: 'phoneStartupMs', label: 'phone (Slow 4G, 4× CPU): Pagefind start-up after tapping the field', unit: 'ms' },
  { key: 'phoneTypedFirstMs', label: 'phone (Slow 4G, 4× CPU): query sent → first results', unit: 'ms', bound: 'max', limit: 1500 },
  { key: 'phoneTypedPageMs', label: 'phone (Slow 4G, 4× CPU): query sent → whole page drawn', unit: 'ms' },
  { key: 'phoneLinkFirstMs', label: 'phone (Slow 4G, 4× CPU): shared search link opened cold → first results', unit: 'ms' },
];

/** Sizes above this many seeds are held to SPEC §5's budgets of the complete archive (50,000 seeds). */
const ARCHIVE_SCALE = 10_000;
const ARCHIVE_LIMITS: Record<string, number> = { buildSeconds: 240, rebuildOneSeconds: 60 };

/** The figures and budgets for a corpus of `count` seeds: SPEC §5's at 10,000, its complete archive's beyond. */
export function figuresForCount(count: number): Figure[] {
  return FIGURES.map((figure) => (count > ARCHIVE_SCALE && ARCHIVE_LIMITS[figure.key] !== undefined ? { ...figure, limit: ARCHIVE_LIMITS[figure.key] } : figure));
}

/** Bytes as KB (1 KB = 1024 bytes), the unit of the page and search budgets. */
export function bytesToKb(bytes: number): number {
  return bytes / KB;
}

export interface Row {
  label: string;
  measured: string;
  budget: string;
  /** undefined: no budget, or the figure was not measured. */
  ok: boolean | undefined;
}

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

/** True when a measured value keeps its budget (always true for a figure without one). */
export function keepsBudget(figure: Figure, value: number): boolean {
  if (figure.bound === undefined || figure.limit === undefined) return true;
  return figure.bound === 'min' ? value >= figure.limit : value <= figure.limit;
}

/** Turns measured values into table rows; a figure not measured reads "not measured" and is neither kept nor missed. */
export function measurementsToRows(measured: Record<string, number | undefined>, figures: readonly Figure[] = FIGURES): Row[] {
  return figures.map((figure) => {
    const value = measured[figure.key];
    const budget = figure.bound && figure.limit !== undefined ? `${figure.bound === 'min' ? '≥' : '≤'} ${figure.limit} ${figure.unit}` : '';
    if (value === undefined || Number.isNaN(value)) return { label: figure.label, measured: 'not measured', budget, ok: undefined };
    return { label: figure.label, measured: `${formatNumber(value)} ${figure.unit}`, budget, ok: budget ? keepsBudget(figure, value) : undefined };
  });
}

/** 1 when any budget is missed, else 0. */
export function rowsToExitCode(rows: Row[]): number {
  return rows.some((row) => row.ok === false) ? 1 : 0;
}
