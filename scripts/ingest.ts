/**
 * npm run ingest [-- --seeds DIR --out DIR --check --no-cache --quiet --redirects FILE]
 * Turns every seed article (seeds/*.txt, + optional X.editorial.yml) into content/events/<id>.mdx and prints a report.
 * The only module of the pipeline that touches the file system; every stage it calls is pure.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { argsToOptions, HELP, type IngestOptions } from './ingest/cliOptions.ts';
import { enablePipelineCompileCache } from './ingest/compileCache.ts';
import { bytesToCache, cacheToBytes, filesToFingerprint, seedToCacheKey } from './ingest/cache.ts';
import { ensureDir, isFolder, keepNewestFiles, listFiles, readOptional, removeFile, writeTextSync } from './ingest/fs.ts';
import { listPipelineFiles } from './ingest/pipelineFiles.ts';
import type { BuildResult, BuiltEvent } from './ingest/buildEvents.ts';
import type { SeedOutcome } from './ingest/pipeline.ts';
import type { Redirects } from './ingest/redirects.ts';
import { createIdSequence } from './ingest/eventId.ts';
import type { SeedEvent } from './ingest/seedEvent.ts';
import { createSeedWorkers, runSeedsInParallel } from './ingest/seedPool.ts';
import { createInlineFileWriter, createThreadFileWriter, type FileWriter } from './ingest/fileWriter.ts';
import type { Worker } from 'node:worker_threads';
import type { SeedInput } from './ingest/seedToEvent.ts';
import { seedNameToSidecarName } from './ingest/seedNameToSidecarName.ts';
import type { Official } from '../src/schemas/event.ts';

const root = resolve(import.meta.dirname, '..');
const CACHE_DIR = join(root, '.cache', 'ingest');
const CACHE_FOLDERS_KEPT = 8;

/** Below this many seeds to process, worker threads cost more to start than they save. */
const PARALLEL_MIN_SEEDS = 800;
/** Threads that run the stages (this one and its workers); past this the single writing thread is the limit. */
const MAX_THREADS = 4;

/** Everything besides a seed that decides its event, read once per run. */
function loadPipelineState(): { fingerprint: string; officials: Official[] } {
  const files = listPipelineFiles(root).map((path) => ({ path: relative(root, path), bytes: readOptional(path) ?? new Uint8Array() }));
  const officials = files[0]!.bytes.length ? (JSON.parse(new TextDecoder().decode(files[0]!.bytes)) as Official[]) : [];
  return { fingerprint: filesToFingerprint(files), officials };
}

/** The pipeline's modules: loaded after the workers are started, so that this thread and they load them at once. */
async function loadStages() {
  const modules = await Promise.all([
    import('./extract/extractEvent.ts'),
    import('./ingest/buildEvents.ts'),
    import('./ingest/pipeline.ts'),
    import('./ingest/redirects.ts'),
    import('./ingest/report.ts'),
  ]);
  return Object.assign({}, ...modules) as (typeof modules)[0] & (typeof modules)[1] & (typeof modules)[2] & (typeof modules)[3] & (typeof modules)[4];
}

async function main(argv: string[]): Promise<number> {
  let options: IngestOptions | 'help';
  try {
    options = argsToOptions(argv, { root, cwd: process.cwd(), env: process.env });
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (options === 'help') {
    console.log(HELP);
    return 0;
  }
  const started = performance.now();
  const { seeds: seedDir, out: outDir, seedsPath, outPath } = options;
  const label = (name: string) => `${seedDir}/${name}`;
  const errors: string[] = [];

  const names = listFiles(seedsPath);
  if (!isFolder(seedsPath)) errors.push(`${seedDir}: no such folder of seeds`);
  const seedNames = names.filter((name) => /\.txt$/i.test(name));
  const sidecarNames = new Set(names.filter((name) => name.endsWith('.editorial.yml')));
  const seedBases = new Set(seedNames.map((name) => name.replace(/\.txt$/i, '')));
  for (const sidecar of sidecarNames) {
    const base = sidecar.replace(/\.editorial\.yml$/, '');
    if (!seedBases.has(base)) errors.push(`${label(sidecar)}: editorial sidecar without a seed (expected ${label(`${base}.txt`)})`);
  }

  const { fingerprint, officials } = loadPipelineState();
  enablePipelineCompileCache();
  // One cache file per seeds folder: entries keyed by seed bytes + sidecar bytes + pipeline fingerprint.
  const cacheFile = join(CACHE_DIR, `${createHash('sha256').update(seedsPath).digest('hex').slice(0, 16)}.bin`);
  const cache = options.cache ? bytesToCache<SeedOutcome>(readOptional(cacheFile), fingerprint) : new Map<string, SeedOutcome>();
  const nextCache = new Map<string, SeedOutcome>();
  // Workers and a writing thread pay off only for many seeds to process; they load the pipeline while this thread reads
  // the seeds and loads it too. With an empty cache every seed is to process, so they can start before the reading.
  let threads: { workers: Worker[]; writer: FileWriter } | undefined;
  const startThreads = (toProcess: number) =>
    (threads ??= toProcess >= PARALLEL_MIN_SEEDS
      ? { workers: createSeedWorkers(Math.min(availableParallelism(), MAX_THREADS) - 1, officials), writer: options.check ? createInlineFileWriter() : createThreadFileWriter() }
      : { workers: [], writer: createInlineFileWriter() });
  if (cache.size === 0) startThreads(seedNames.length);
  let cacheHits = 0;

  // Read every seed, answer what the cache knows, and leave the rest to the stages.
  const outcomes: (SeedOutcome | undefined)[] = new Array(seedNames.length);
  const misses: { index: number; key: string; input: SeedInput }[] = [];
  seedNames.forEach((name, index) => {
    const sidecarName = seedNameToSidecarName(name);
    const bytes = readOptional(join(seedsPath, name));
    const sidecarBytes = sidecarNames.has(sidecarName) ? readOptional(join(seedsPath, sidecarName)) : undefined;
    if (!bytes) {
      outcomes[index] = { result: { ok: false, errors: [`${label(name)}: could not be read`] } };
      return;
    }
    const key = options.cache ? seedToCacheKey(label(name), bytes, sidecarBytes, fingerprint) : '';
    const cached = cache.get(key);
    if (cached) {
      cacheHits++;
      nextCache.set(key, cached);
      outcomes[index] = cached;
      return;
    }
    const sidecar = sidecarBytes ? { name: sidecarName, label: label(sidecarName), text: new TextDecoder().decode(sidecarBytes) } : undefined;
    misses.push({ index, key, input: { name, label: label(name), bytes, ...(sidecar ? { sidecar } : {}) } });
  });

  const { workers, writer } = startThreads(misses.length);
  const { extractEvent, seedEventsToPlan, seedEventToBuiltEvent, gazetteerToOfficials, runSeedAndBuild, seedResultsToEvents, mdxToSeedNames, updateRedirects, builtEventsToTable, compareOutputs, mergesToLines } =
    await loadStages();
  const context = { extract: extractEvent, officialsById: gazetteerToOfficials(officials) };

  // What is on disk now: to skip unchanged writes, find stale files, and know each seed's previous id.
  const existing = new Map(
    listFiles(outPath)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => [name, readOptional(join(outPath, name))?.toString('utf8') ?? ''] as const),
  );

  // Each event is built and written as soon as every seed before it is done, under the id it gets if no later seed
  // merges with it: disk and CPU work overlap. The few that a later merge changes are corrected once all seeds are in.
  const builtBySeedEvent = new Map<SeedEvent, BuildResult>();
  const nextId = createIdSequence();
  const writtenEarly = new Map<string, string>();
  if (!options.check) ensureDir(outPath);
  let cursor = 0;
  const writeReadyEvents = () => {
    for (; cursor < outcomes.length && outcomes[cursor] !== undefined; cursor++) {
      const outcome = outcomes[cursor]!;
      if (!outcome.result.ok) continue;
      const built = (outcome.built ??= seedEventToBuiltEvent(outcome.result.event, '', label));
      builtBySeedEvent.set(outcome.result.event, built);
      const name = `${nextId(outcome.result.event.data)}.mdx`;
      // A file already there is only replaced once the final ids are known, so a failed run never loses it.
      if (options.check || !built.ok || existing.has(name)) continue;
      writtenEarly.set(name, built.event.mdx);
      writer.write({ path: join(outPath, name), text: built.event.mdx, replacing: false });
    }
  };
  const takeOutcome = (missIndex: number, outcome: SeedOutcome) => {
    const miss = misses[missIndex]!;
    outcomes[miss.index] = outcome;
    if (options.cache) nextCache.set(miss.key, outcome);
  };
  writeReadyEvents();
  try {
    await runSeedsInParallel(
      misses.map((miss) => miss.input),
      workers,
      (input) => runSeedAndBuild(input, context),
      ({ start, outcomes: done }) => {
        done.forEach((outcome, i) => takeOutcome(start + i, outcome));
        writeReadyEvents();
      },
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  // The final plan: merged events and ids. Events merged with none reuse what was built above.
  const { events: seedEvents, errors: seedErrors } = seedResultsToEvents(outcomes.map((outcome) => outcome!.result));
  errors.push(...seedErrors);
  const { events: planned, ids, merges } = seedEventsToPlan(seedEvents);
  const built: BuiltEvent[] = [];
  const changed: BuiltEvent[] = [];
  for (let i = 0; i < planned.length; i++) {
    const early = builtBySeedEvent.get(planned[i]!);
    const result = early ?? seedEventToBuiltEvent(planned[i]!, ids[i]!, label);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const event = early ? { ...result.event, id: ids[i]! } : result.event;
    built.push(event);
    const name = `${event.id}.mdx`;
    if (options.check) continue;
    if (existing.get(name) !== event.mdx) changed.push(event);
    const onDisk = writtenEarly.has(name) ? writtenEarly.get(name) : existing.get(name);
    if (onDisk !== event.mdx) writer.write({ path: join(outPath, name), text: event.mdx, replacing: onDisk !== undefined });
  }
  // Written in order, so a correction always lands after the early write it replaces.
  errors.push(...(await writer.close()));
  const expected = new Map(built.map((event) => [`${event.id}.mdx`, event.mdx]));
  // Written early under an id no event ended with (a later seed merged into it): never published, so always removed.
  for (const name of writtenEarly.keys()) if (!expected.has(name)) removeFile(join(outPath, name));

  const previousIdBySeed = new Map<string, string>();
  for (const [name, text] of existing) for (const seed of mdxToSeedNames(text)) previousIdBySeed.set(seed, basename(name, '.mdx'));
  let redirectsText: string | undefined;
  let currentRedirectsText: string | undefined;
  if (options.redirects) {
    currentRedirectsText = readOptional(options.redirects)?.toString('utf8');
    const current = currentRedirectsText ? (JSON.parse(currentRedirectsText) as Redirects) : {};
    redirectsText = `${JSON.stringify(updateRedirects(current, previousIdBySeed, built), null, 2)}\n`;
  }

  if (options.check) {
    const check = compareOutputs(expected, existing);
    const problems = [
      ...check.missing.map((name) => `missing: ${join(outDir, name)}`),
      ...check.stale.map((name) => `stale: ${join(outDir, name)}`),
      ...check.extra.map((name) => `extra (no seed makes it): ${join(outDir, name)}`),
      ...(options.redirects && redirectsText !== currentRedirectsText ? [`stale: ${relative(process.cwd(), options.redirects)}`] : []),
    ];
    for (const error of errors) console.error(`error: ${error}`);
    for (const problem of problems) console.error(problem);
    if (errors.length || problems.length) {
      console.error(`ingest --check: ${outDir} is out of date with ${seedDir} (${problems.length} file(s), ${errors.length} error(s)); run npm run ingest`);
      return 1;
    }
    if (!options.quiet) console.log(`ingest --check: ${outDir} is up to date with ${seedDir} (${built.length} events)`);
    return 0;
  }

  let removed: string[] = [];
  let kept: string[] = [];
  if (errors.length === 0) {
    // Only a fully successful run may delete: a failing seed never costs its published event.
    // Only files ingest made (they name their seed) are removed; anything else is left for a person to look at.
    const extra = [...existing.keys()].filter((name) => !expected.has(name));
    removed = extra.filter((name) => mdxToSeedNames(existing.get(name)!).length > 0);
    kept = extra.filter((name) => !removed.includes(name));
    for (const name of removed) removeFile(join(outPath, name));
  }
  if (options.redirects && redirectsText !== currentRedirectsText) writeTextSync(options.redirects, redirectsText!, currentRedirectsText !== undefined);
  if (options.cache && (cacheHits !== seedNames.length || cache.size !== nextCache.size)) {
    ensureDir(CACHE_DIR);
    writeTextSync(cacheFile, cacheToBytes(nextCache, fingerprint), true);
    // One file per seeds folder: temporary folders (tests, benchmarks) would otherwise pile up.
    keepNewestFiles(CACHE_DIR, /^[0-9a-f]{16}\.(bin|json)$/, CACHE_FOLDERS_KEPT);
  }

  const seconds = (performance.now() - started) / 1000;
  if (!options.quiet) {
    if (built.length > 0) console.log(builtEventsToTable(built));
    for (const line of mergesToLines(merges)) console.log(line);
    for (const name of removed) console.log(`removed (no seed makes it any more): ${join(outDir, name)}`);
  }
  for (const name of kept) console.error(`warning: ${join(outDir, name)} was not made by ingest (no seed field) and no seed makes it: left in place`);
  for (const error of errors) console.error(`error: ${error}`);
  const summary = `ingest: ${seedNames.length} seeds → ${built.length} events in ${outDir} (${changed.length} written, ${removed.length} removed, ${cacheHits} from cache, ${merges.length} merged) in ${seconds.toFixed(2)} s`;
  if (errors.length) {
    console.error(`${summary}; ${errors.length} error(s): fix the seeds above and run again`);
    return 1;
  }
  console.log(summary);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
