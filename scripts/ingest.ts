/**
 * npm run ingest [-- --seeds DIR --out DIR --check --no-cache --quiet --redirects FILE]
 * Turns every seed article (seeds/*.txt, + optional X.editorial.yml) into content/events/<id>.mdx and prints a report.
 * The only module of the pipeline that touches the file system; every stage it calls is pure.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { argsToOptions, HELP, type IngestOptions } from './ingest/cliOptions.ts';
import { enablePipelineCompileCache } from './ingest/compileCache.ts';
import { openPhraseIndexCache } from './ingest/phraseIndexCache.ts';
import { bytesToCache, CACHE_SHARDS, cacheKeyToShard, cacheToChunks, cacheToShards, filesToFingerprint, seedToCacheKey, shardChanged } from './ingest/cache.ts';
import { ensureDir, isFolder, keepNewestFileGroups, listFiles, readOptional, removeFile, removeTemporaryFiles, writeChunksSync, writeTextSync } from './ingest/fs.ts';
import { fileToStamp } from './build/fileStamp.ts';
import { bytesToFileRecords, readExistingEvents, recordedSeedKey, recordEventWrites, stampToText, type FileRecords } from './ingest/fileRecords.ts';
import { listPipelineFiles } from './ingest/pipelineFiles.ts';
import type { SeedOutcome } from './ingest/pipeline.ts';
import { createSeedWorkers, runSeedsInParallel } from './ingest/seedPool.ts';
import { createInlineFileWriter, createThreadFileWriter, type FileWriter } from './ingest/fileWriter.ts';
import type { SeedInput } from './ingest/seedToEvent.ts';
import { seedNameToSidecarName } from './ingest/seedNameToSidecarName.ts';

const root = resolve(import.meta.dirname, '..');
const CACHE_DIR = join(root, '.cache', 'ingest');
/** The extraction's phrase indexes as built by the last run of this pipeline (like the compile cache, kept with --no-cache too). */
const PHRASE_INDEX_FILE = join(root, '.cache', 'extract', 'phrase-indexes.bin');
const CACHE_FOLDERS_KEPT = 8;

/** Below this many seeds to process, worker threads cost more to start than they save. */
const PARALLEL_MIN_SEEDS = 800;
/** Threads that run the stages (this one and its workers); past this the single writing thread is the limit. */
const MAX_THREADS = 4;

/** A fingerprint of everything besides a seed that decides its event (pipeline code and data tables), read once per run. */
function pipelineFingerprint(): string {
  return filesToFingerprint(listPipelineFiles(root).map((path) => ({ path: relative(root, path), bytes: readOptional(path) ?? new Uint8Array() })));
}

/** The pipeline's modules: loaded after the workers are started, so that this thread and they load them at once. */
async function loadStages() {
  const [pipeline, plan, report, review] = await Promise.all([import('./ingest/pipeline.ts'), import('./ingest/planRun.ts'), import('./ingest/report.ts'), import('./ingest/reviewReport.ts')]);
  return { ...pipeline, ...plan, ...report, ...review };
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

  const fingerprint = pipelineFingerprint();
  enablePipelineCompileCache();
  const phraseIndexes = openPhraseIndexCache(PHRASE_INDEX_FILE, fingerprint);
  (await import('./extract/phraseIndex.ts')).usePhraseIndexStore(phraseIndexes.store);
  // Sixteen cache files per seeds folder, by the first digit of each entry's key (seed bytes + sidecar bytes + pipeline
  // fingerprint): a seed added or changed rewrites one of them, not the whole cache (70 MB for 10,000 seeds).
  const cacheFolder = createHash('sha256').update(seedsPath).digest('hex').slice(0, 16);
  const cacheFile = (shard: number) => join(CACHE_DIR, `${cacheFolder}.${shard.toString(16)}.bin`);
  const cacheShards = Array.from({ length: CACHE_SHARDS }, (_, shard) => (options.cache ? bytesToCache<SeedOutcome>(readOptional(cacheFile(shard)), fingerprint) : new Map<string, SeedOutcome>()));
  const cache = { size: cacheShards.reduce((sum, shard) => sum + shard.size, 0), get: (key: string) => (key ? cacheShards[cacheKeyToShard(key)]!.get(key) : undefined) };
  const nextCache = new Map<string, SeedOutcome>();
  // What the last run learnt of each seed and event file, by its stamp (not with --check, which reads every file).
  const recordsFile = join(CACHE_DIR, `${cacheFolder}.files.json`);
  const useRecords = options.cache && !options.check;
  const lastRecords = bytesToFileRecords(useRecords ? readOptional(recordsFile) : undefined, `${fingerprint} ${seedDir}`, outPath);
  const nextRecords: FileRecords = { keyedBy: lastRecords.keyedBy, seeds: {}, out: outPath, events: {} };
  let filesRead = 0;
  // Workers and a writing thread pay off only for many seeds to process; they load the pipeline while this thread reads
  // the seeds and loads it too. With an empty cache every seed is to process, so they can start before the reading.
  let threads: { workers: Worker[]; writer: FileWriter } | undefined;
  const startThreads = (toProcess: number) =>
    (threads ??= toProcess >= PARALLEL_MIN_SEEDS
      ? { workers: createSeedWorkers(Math.min(availableParallelism(), MAX_THREADS) - 1, { phraseIndexes: { file: PHRASE_INDEX_FILE, fingerprint } }), writer: options.check ? createInlineFileWriter() : createThreadFileWriter() }
      : { workers: [], writer: createInlineFileWriter() });
  if (cache.size === 0) startThreads(seedNames.length);
  let cacheHits = 0;

  // Read every seed, answer what the cache knows, and leave the rest to the stages.
  const outcomes: (SeedOutcome | undefined)[] = new Array(seedNames.length);
  const misses: { index: number; key: string; input: SeedInput }[] = [];
  seedNames.forEach((name, index) => {
    const sidecarName = seedNameToSidecarName(name);
    const seedPath = join(seedsPath, name);
    const sidecarPath = sidecarNames.has(sidecarName) ? join(seedsPath, sidecarName) : undefined;
    // stamps first: a seed written after them has other stamps next time
    const stamp = useRecords ? fileToStamp(seedPath) : undefined;
    const sidecarStamp = useRecords && sidecarPath ? fileToStamp(sidecarPath) : undefined;
    const recordedKey = recordedSeedKey(lastRecords.seeds[name], stamp, sidecarStamp);
    const recorded = recordedKey === undefined ? undefined : cache.get(recordedKey);
    if (recorded) {
      cacheHits++;
      nextCache.set(recordedKey!, recorded);
      nextRecords.seeds[name] = lastRecords.seeds[name]!;
      outcomes[index] = recorded;
      return;
    }
    filesRead++;
    const bytes = readOptional(seedPath);
    const sidecarBytes = sidecarPath ? readOptional(sidecarPath) : undefined;
    if (!bytes) {
      outcomes[index] = { seed: name, result: { ok: false, errors: [`${label(name)}: could not be read`] } };
      return;
    }
    const key = options.cache ? seedToCacheKey(label(name), bytes, sidecarBytes, fingerprint) : '';
    if (stamp) nextRecords.seeds[name] = [...stamp, stampToText(sidecarStamp), key];
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
  const { createSeedContext, runSeedAndBuild, createEarlyWrites, existingToPreviousIds, outcomesToPlan, builtEventsToTable, mergesToLines, outcomesToReport } = await loadStages();
  const context = createSeedContext();
  // Every index is built as the pipeline loads: a first run of this code keeps them for the next.
  phraseIndexes.save();

  // What is on disk now: to skip unchanged writes, find stale files, and know each seed's previous id.
  // What a crashed run left half-written is never a finished file.
  if (!options.check) for (const dir of [outPath, CACHE_DIR, dirname(PHRASE_INDEX_FILE), ...(options.redirects ? [dirname(options.redirects)] : [])]) removeTemporaryFiles(dir);
  const eventNames = listFiles(outPath).filter((name) => name.endsWith('.mdx'));
  const { existing, read: eventFilesRead } = readExistingEvents(outPath, eventNames, lastRecords.events, nextRecords.events);
  filesRead += eventFilesRead;

  // Each seed's id as the last finished run left the events folder, kept from this run's first write until its redirects
  // table is written: after a crash, the files the crashed run had written early would pass for published events, hide
  // the ids their seeds had (losing a redirect) and add ids that were never published (a needless redirect).
  const previousIdsFile = options.redirects ? join(CACHE_DIR, `${createHash('sha256').update(outPath).digest('hex').slice(0, 16)}.previous-ids.json`) : undefined;
  const keptIds = previousIdsFile ? readOptional(previousIdsFile) : undefined;
  const previousIds = keptIds ? new Map(Object.entries(JSON.parse(keptIds.toString('utf8')) as Record<string, string>)) : existingToPreviousIds(existing);
  let previousIdsKept = keptIds !== undefined;
  const keepPreviousIds = () => {
    if (previousIdsKept || !previousIdsFile) return;
    previousIdsKept = true;
    ensureDir(CACHE_DIR);
    writeTextSync(previousIdsFile, JSON.stringify(Object.fromEntries(previousIds)));
  };

  // Each new event file is written as soon as every seed before it is done: disk and CPU work overlap. The plan
  // corrects the few early guesses that a later seed's merge changes.
  const earlyWrite = createEarlyWrites(new Set(existing.keys()), label);
  const writtenEarly = new Map<string, string>();
  if (!options.check) ensureDir(outPath);
  let cursor = 0;
  const writeReadyEvents = () => {
    for (; cursor < outcomes.length && outcomes[cursor] !== undefined; cursor++) {
      const write = earlyWrite(outcomes[cursor]!);
      if (options.check || !write) continue;
      keepPreviousIds();
      writtenEarly.set(write.name, write.text);
      writer.write({ path: join(outPath, write.name), text: write.text });
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

  const redirectsText = options.redirects ? readOptional(options.redirects)?.toString('utf8') : undefined;
  const plan = outcomesToPlan(outcomes as SeedOutcome[], { existing, writtenEarly, redirects: options.redirects ? { text: redirectsText, previousIds } : undefined }, label);
  errors.push(...plan.errors);

  if (options.check) {
    const problems = [
      ...plan.check.missing.map((name) => `missing: ${join(outDir, name)}`),
      ...plan.check.stale.map((name) => `stale: ${join(outDir, name)}`),
      ...plan.check.extra.map((name) => `extra (no seed makes it): ${join(outDir, name)}`),
      ...(plan.redirects?.changed ? [`stale: ${relative(process.cwd(), options.redirects!)}`] : []),
    ];
    for (const review of plan.reviews) console.error(`review: ${review}`);
    for (const error of errors) console.error(`error: ${error}`);
    for (const problem of problems) console.error(problem);
    if (errors.length || problems.length) {
      console.error(`ingest --check: ${outDir} is out of date with ${seedDir} (${problems.length} file(s), ${errors.length} error(s)); run npm run ingest`);
      return 1;
    }
    if (!options.quiet) console.log(`ingest --check: ${outDir} is up to date with ${seedDir} (${plan.built.length} events)`);
    return 0;
  }

  // Carry out the plan: every file is written to a temporary name and renamed into place, so a crash at any moment
  // leaves each file as it was or as it should be.
  if (plan.writes.length > 0 || plan.removes.length > 0) keepPreviousIds();
  for (const write of plan.writes) writer.write({ path: join(outPath, write.name), text: write.text });
  const writeErrors = await writer.close();
  errors.push(...writeErrors);
  for (const name of plan.removes) removeFile(join(outPath, name));
  if (useRecords) {
    // a file that may not have been written is recorded as unknown: read again next time
    const written = new Map([...writtenEarly, ...plan.writes.map((write) => [write.name, write.text] as const)]);
    recordEventWrites(outPath, writeErrors.length ? new Map() : written, [...plan.removes, ...(writeErrors.length ? written.keys() : [])], nextRecords.events);
    const changed = filesRead > 0 || written.size > 0 || plan.removes.length > 0 || Object.keys(lastRecords.seeds).length !== seedNames.length || Object.keys(lastRecords.events).length !== eventNames.length;
    if (changed) {
      ensureDir(CACHE_DIR);
      writeTextSync(recordsFile, JSON.stringify(nextRecords));
    }
  }
  if (options.redirects && plan.redirects?.changed) writeTextSync(options.redirects, plan.redirects.text);
  if (previousIdsKept) removeFile(previousIdsFile!);
  if (options.report) {
    ensureDir(dirname(options.report));
    writeTextSync(options.report, `${JSON.stringify(outcomesToReport(outcomes as SeedOutcome[], plan, seedNames), null, 1)}\n`);
  }
  if (options.cache && (cacheHits !== seedNames.length || cache.size !== nextCache.size)) {
    ensureDir(CACHE_DIR);
    const nextShards = cacheToShards(nextCache);
    for (const [shard, entries] of nextShards.entries()) if (shardChanged(cacheShards[shard]!, entries)) writeChunksSync(cacheFile(shard), cacheToChunks(entries, fingerprint));
    // (the whole cache in one file, as written before 2026-12-03, goes)
    removeFile(join(CACHE_DIR, `${cacheFolder}.bin`));
    // The caches of a few seeds folders: temporary folders (tests, benchmarks) would otherwise pile up.
    keepNewestFileGroups(CACHE_DIR, /^([0-9a-f]{16})(?:\.[0-9a-f])?\.(?:bin|files\.json)$/, CACHE_FOLDERS_KEPT);
  }

  const removed = plan.removes.filter((name) => existing.has(name));
  const seconds = (performance.now() - started) / 1000;
  if (!options.quiet) {
    if (plan.built.length > 0) console.log(builtEventsToTable(plan.built));
    for (const line of mergesToLines(plan.merges)) console.log(line);
    for (const name of removed) console.log(`removed (no seed makes it any more): ${join(outDir, name)}`);
  }
  for (const name of plan.kept) console.error(`warning: ${join(outDir, name)} was not made by ingest (no seed field) and no seed makes it: left in place`);
  for (const name of plan.awaitingReview) console.error(`warning: ${join(outDir, name)} is kept as published while its seed waits for review`);
  for (const review of plan.reviews) console.error(`review: ${review}`);
  for (const error of errors) console.error(`error: ${error}`);
  const reviewNote = plan.reviews.length ? `; ${new Set(plan.reviews.map((review) => review.split(':')[0])).size} seed(s) need review, not published (listed on /review/ of npm start)` : '';
  const summary = `ingest: ${seedNames.length} seeds → ${plan.built.length} events in ${outDir} (${plan.changed.length} written, ${removed.length} removed, ${cacheHits} from cache, ${plan.merges.length} merged) in ${seconds.toFixed(2)} s${reviewNote}`;
  if (errors.length) {
    console.error(`${summary}; ${errors.length} error(s): fix the seeds above and run again`);
    return 1;
  }
  console.log(summary);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
