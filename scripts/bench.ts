// npm run bench -- [--count N] [--seed S] [--keep] [--skip-browser] [--no-settle] [--events DIR]: SPEC §5 budgets measured on a synthetic corpus.
// --no-settle skips waiting for a disk slowed by a recent mass deletion (see bench/diskSettle.ts).
// --events DIR builds ready-made event files instead of generating and ingesting seeds (to measure the site alone);
// --project DIR benchmarks another copy of the project (e.g. a configuration change under trial) with this checkout's packages.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { argvToOptions, textToCount } from './bench/args.ts';
import { astroLogToWrittenFiles } from './build/astroLogToWrittenFiles.ts';
import { BUILD_ENV, buildSteps, type BuildStep } from './build/buildSteps.ts';
import { bytesToKb, figuresForCount, measurementsToRows, rowsToExitCode } from './bench/budgets.ts';
import { loadSeedPools, writeSyntheticSeeds } from './bench/corpus.ts';
import { distToReport } from './bench/distReport.ts';
import { pagefindBundleSizes } from './bench/pagefindBundleSizes.ts';
import { waitForSettledDisk } from './bench/diskSettle.ts';
import { gazetteersToSearchCases } from './bench/searchCases.ts';
import { probePhone } from './bench/phoneProbe.ts';
import { probeSearch, screenshotPages } from './bench/searchProbe.ts';
import { copyProjectForBuild } from './bench/siteCopy.ts';
import { serveFolder } from './serveFolder.ts';
import { logToShareImageStats } from './bench/shareImageLog.ts';
import { valuesToMedian, valuesToPercentile } from './bench/stats.ts';
import { rowsToTable } from './bench/table.ts';
import { runTimed, type TimedRun } from './bench/timedRun.ts';

const root = path.resolve(import.meta.dirname, '..');
const options = argvToOptions(process.argv.slice(2), { values: ['count', 'seed', 'events', 'project'], flags: ['keep', 'skip-browser', 'no-settle'] });
const count = textToCount(String(options.count ?? '10000'), 'count');
const seed = Number(options.seed ?? '42');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
const site = path.join(work, 'site');
const seedsDir = path.join(work, 'seeds');
const givenEvents = typeof options.events === 'string' ? path.resolve(options.events) : undefined;
const eventsDir = givenEvents ?? path.join(work, 'events');
const logs = path.join(work, 'logs');
const dist = path.join(site, 'dist');
const measured: Record<string, number | undefined> = { seeds: count };
const cpu: { ingest?: number; astro?: number; pagefind?: number } = {};
// A production build needs the public origin; the benchmark's is a reserved example domain unless SITE_URL is given.
const env = { ...process.env, ...BUILD_ENV, PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}`, EVENTS_DIR: eventsDir, SITE_URL: process.env.SITE_URL ?? 'https://bench.example.org' };
// The project's own build steps (scripts/build/buildSteps.ts), run in the copy: the benchmark measures what `npm run build` builds.
const steps = Object.fromEntries(buildSteps(site).map((buildStep) => [buildStep.name, buildStep])) as Record<BuildStep['name'], BuildStep>;

function step(name: string, run: TimedRun): TimedRun {
  const verdict = run.exitCode === 0 ? 'ok' : `exit ${run.exitCode}, see ${run.logFile}`;
  console.log(`  ${name}: ${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds?.toFixed(1) ?? '?'} s), peak RSS ${run.peakRssMb?.toFixed(0) ?? '?'} MB (${verdict})`);
  return run;
}

function logTail(run: TimedRun, lines = 15): string {
  return fs.readFileSync(run.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

function folderBytes(dir: string): number {
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0) : 0;
}

function countFiles(dir: string, extension: string): number {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith(extension)).length : 0;
}

console.log(`bench: ${new Date().toISOString()} · ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}) · ${Math.round(os.totalmem() / 2 ** 30)} GB RAM · node ${process.version} · ${os.platform()} ${os.release()} · load ${os.loadavg()[0]!.toFixed(1)}`);
console.log(`bench: working in ${work}`);
fs.mkdirSync(logs);
const project = typeof options.project === 'string' ? path.resolve(options.project) : root;
copyProjectForBuild(project, site, root);
if (project !== root) console.log(`bench: project copied from ${project}`);

// N seeds for the cold ingest, and two more held back: one to measure adding a seed to a warm seed cache, the other
// to measure the editor's loop, adding a seed to the built site (the whole build again, until the site is searchable).
const pools = await loadSeedPools(project);
writeSyntheticSeeds(pools, { count: count + 2, seed, out: seedsDir });
const [held, heldForRebuild] = fs.readdirSync(seedsDir).sort().slice(-2) as [string, string];
const heldDir = path.join(work, 'held-seed');
fs.mkdirSync(heldDir);
for (const name of [held, heldForRebuild]) fs.renameSync(path.join(seedsDir, name), path.join(heldDir, name));
console.log(`bench: generated ${count} synthetic seeds (+2 held back), seed ${seed}`);

/** Cold ingest (seeds/s), then a cache fill, then the held-back seed added to a warm cache. */
async function measureIngest(heldSeed: string, heldDir: string): Promise<void> {
  const ingestArgs = [...steps.ingest.args, '--seeds', seedsDir, '--out', eventsDir, '--quiet'];
  // The copy's first run compiles the pipeline's code (and fills .cache/node-compile). Its output is removed at the end,
  // not now: on ext4 without a journal, creating files soon after deleting many is slow, and the next run would pay for it.
  const firstOut = path.join(work, 'events-first-run');
  const firstArgs = [...steps.ingest.args, '--seeds', seedsDir, '--out', firstOut, '--quiet', '--no-cache'];
  const first = step('ingest, cold, first run of the code', await runTimed(steps.ingest.command, firstArgs, { cwd: site, env, logFile: path.join(logs, 'ingest-first.log') }));
  if (first.exitCode === 0) measured.ingestFirstRate = count / first.seconds;
  const cold = step('ingest, cold (--no-cache)', await runTimed(steps.ingest.command, [...ingestArgs, '--no-cache'], { cwd: site, env, logFile: path.join(logs, 'ingest-cold.log') }));
  if (cold.exitCode !== 0) console.log(logTail(cold));
  measured.events = countFiles(eventsDir, '.mdx');
  if (measured.events > 0) {
    measured.ingestSeconds = cold.seconds;
    measured.ingestRate = count / cold.seconds;
    measured.ingestPeakMb = cold.peakRssMb;
    cpu.ingest = cold.cpuSeconds;
    measured.ingestCpuSeconds = cold.cpuSeconds;
    measured.ingestSystemSeconds = cold.systemSeconds;
  }
  const fill = step('ingest, filling the cache', await runTimed(steps.ingest.command, ingestArgs, { cwd: site, env, logFile: path.join(logs, 'ingest-fill.log') }));
  fs.renameSync(path.join(heldDir, heldSeed), path.join(seedsDir, heldSeed));
  const warm = step('ingest, warm cache + 1 new seed', await runTimed(steps.ingest.command, ingestArgs, { cwd: site, env, logFile: path.join(logs, 'ingest-warm.log') }));
  if (fill.exitCode === 0 && warm.exitCode === 0) measured.ingestWarmSeconds = warm.seconds;
}

if (givenEvents) {
  measured.events = countFiles(eventsDir, '.mdx');
  console.log(`bench: building the ${measured.events} events of ${eventsDir}; ingest not run`);
} else {
  if (!options['no-settle']) {
    const disk = await waitForSettledDisk(work, { maxWaitSeconds: 420, log: (line) => console.log(line) });
    measured.diskFilesPerSecond = disk.filesPerSecond;
    measured.diskWaitSeconds = disk.waitedSeconds;
    console.log(`bench: the disk creates ${Math.round(disk.filesPerSecond)} files/s (waited ${disk.waitedSeconds.toFixed(0)} s for it)`);
  }
  await measureIngest(held, heldDir);
}

// Astro builds twice: first with no share image drawn yet (a fresh checkout), then again with only the share-image cache
// (.cache/share-images) kept, as on any checkout that has built before. The budgeted whole build is the second.
const astroCold = step('astro build, cold share-image cache', await runTimed(steps.astro.command, steps.astro.args, { cwd: site, env, logFile: path.join(logs, 'astro-build-cold.log') }));
if (astroCold.exitCode !== 0) console.log(logTail(astroCold));
let astro = astroCold;
if (astroCold.exitCode === 0) {
  measured.astroColdSeconds = astroCold.seconds;
  const images = logToShareImageStats(fs.readFileSync(astroCold.logFile, 'utf8'));
  if (images) {
    measured.shareImages = images.drawn + images.cached;
    measured.shareImagesColdSeconds = images.drawSeconds;
    measured.shareImageColdMs = images.drawn > 0 ? (images.drawSeconds * 1000) / images.drawn : undefined;
  }
  // Astro's own caches (content store, Vite) go, so that the second build differs from the first by the images alone.
  for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) fs.rmSync(path.join(site, cache), { recursive: true, force: true });
  astro = step('astro build, warm share-image cache', await runTimed(steps.astro.command, steps.astro.args, { cwd: site, env, logFile: path.join(logs, 'astro-build.log') }));
  if (astro.exitCode !== 0) console.log(logTail(astro));
  const warm = logToShareImageStats(fs.readFileSync(astro.logFile, 'utf8'));
  if (warm) {
    measured.shareImagesWarmSeconds = warm.readSeconds + warm.drawSeconds;
    measured.shareImagesWarmDrawn = warm.drawn;
  }
  measured.shareImageCacheMb = folderBytes(path.join(site, '.cache/share-images')) / 2 ** 20;
}
let pagefindSeconds: number | undefined;
if (astro.exitCode === 0) {
  measured.astroSeconds = astro.seconds;
  measured.astroPeakMb = astro.peakRssMb;
  cpu.astro = astro.cpuSeconds;
  const pagefind = step('pagefind', await runTimed(steps.pagefind.command, steps.pagefind.args, { cwd: site, env, logFile: path.join(logs, 'pagefind.log') }));
  if (pagefind.exitCode !== 0) console.log(logTail(pagefind));
  else {
    pagefindSeconds = pagefind.seconds;
    measured.pagefindSeconds = pagefind.seconds;
    measured.pagefindPeakMb = pagefind.peakRssMb;
    cpu.pagefind = pagefind.cpuSeconds;
  }
}
const peaks = [measured.ingestPeakMb, measured.astroPeakMb, measured.pagefindPeakMb].filter((mb): mb is number => mb !== undefined);
if (peaks.length === 3) measured.peakMb = Math.max(...peaks);

/** The editor's loop: one more seed, then the build steps as `npm run build` runs them, on the site just built. */
async function measureOneSeedRebuild(): Promise<void> {
  fs.renameSync(path.join(heldDir, heldForRebuild), path.join(seedsDir, heldForRebuild));
  spawnSync('sync');
  const ingestArgs = [...steps.ingest.args, '--seeds', seedsDir, '--out', eventsDir, '--quiet'];
  const ingest = step('one seed added: ingest', await runTimed(steps.ingest.command, ingestArgs, { cwd: site, env, logFile: path.join(logs, 'rebuild-ingest.log') }));
  if (ingest.exitCode !== 0) return;
  const astroRun = step('one seed added: astro build', await runTimed(steps.astro.command, steps.astro.args, { cwd: site, env, logFile: path.join(logs, 'rebuild-astro.log') }));
  if (astroRun.exitCode !== 0) return;
  const pagefind = step('one seed added: pagefind', await runTimed(steps.pagefind.command, steps.pagefind.args, { cwd: site, env, logFile: path.join(logs, 'rebuild-pagefind.log') }));
  if (pagefind.exitCode !== 0) return;
  measured.rebuildOneIngestSeconds = ingest.seconds;
  measured.rebuildOneAstroSeconds = astroRun.seconds;
  measured.rebuildOnePagefindSeconds = pagefind.seconds;
  measured.rebuildOneSeconds = ingest.seconds + astroRun.seconds + pagefind.seconds;
  // Astro's log lists every page and file it wrote, those copied from its cache marked "(restored)" or "(cached)".
  const written = astroLogToWrittenFiles(fs.readFileSync(astroRun.logFile, 'utf8'));
  measured.rebuildOneReused = written.filter((file) => file.reused).length;
  measured.rebuildOneRendered = written.length - measured.rebuildOneReused;
}
if (pagefindSeconds !== undefined && !givenEvents) await measureOneSeedRebuild();

if (measured.ingestSeconds !== undefined && measured.astroSeconds !== undefined && pagefindSeconds !== undefined) {
  measured.buildSeconds = measured.ingestSeconds + measured.astroSeconds + pagefindSeconds;
  if (measured.astroColdSeconds !== undefined) measured.buildColdSeconds = measured.ingestSeconds + measured.astroColdSeconds + pagefindSeconds;
  if (cpu.ingest !== undefined && cpu.astro !== undefined && cpu.pagefind !== undefined) measured.buildCpuSeconds = cpu.ingest + cpu.astro + cpu.pagefind;
}

if (fs.existsSync(dist)) {
  const report = distToReport(dist);
  measured.htmlPages = report.htmlPages;
  measured.distMb = report.totalBytes / 2 ** 20;
  measured.largestHtmlKb = bytesToKb(report.largestHtml.bytes);
  measured.shareImagesDistMb = folderBytes(path.join(dist, 'og')) / 2 ** 20;
  console.log(`  largest HTML page: /${report.largestHtml.file} (${report.largestHtml.bytes} bytes)`);
  if (report.event) {
    measured.eventHtmlKb = bytesToKb(report.event.htmlBytes);
    measured.eventJsFilesKb = bytesToKb(report.event.fileJsBytes);
    measured.eventInlineJsKb = bytesToKb(report.event.inlineJsBytes);
    console.log(`  heaviest event page: /${report.event.file} (${report.event.htmlBytes} bytes HTML, ${report.event.inlineJsBytes} bytes inline JS, ${report.event.fileJsBytes} bytes of script files)`);
  }
  if (fs.existsSync(path.join(dist, 'pagefind', 'pagefind-entry.json'))) {
    const bundle = pagefindBundleSizes(path.join(dist, 'pagefind'));
    measured.pagefindMetaKb = bytesToKb(bundle.metaBytes);
    measured.pagefindFilterKb = bytesToKb(bundle.filterBytes);
    measured.pagefindLargestFilterKb = bytesToKb(bundle.largestFilterBytes);
    measured.pagefindLargestChunkKb = bytesToKb(bundle.largestIndexChunkBytes);
    console.log(`  Pagefind bundle: pf_meta ${bundle.metaBytes} bytes, filters ${bundle.filterBytes} bytes (largest ${bundle.largestFilterBytes}), ${bundle.indexChunks} index chunks (largest ${bundle.largestIndexChunkBytes} bytes), ${bundle.fragments} fragments (${bundle.fragmentBytes} bytes)`);
  }
  if (report.home) {
    measured.homeHtmlKb = bytesToKb(report.home.htmlBytes);
    measured.homeJsKb = bytesToKb(report.home.inlineJsBytes + report.home.fileJsBytes);
  }

  if (!options['skip-browser'] && pagefindSeconds !== undefined) {
    // Write back what Pagefind left dirty (thousands of index files), so the searches do not share the CPU with that.
    spawnSync('sync');
    const server = await serveFolder(dist);
    try {
      const cases = gazetteersToSearchCases(pools.partners, pools.officials);
      const { costs, coldFirstMs } = await probeSearch(server.origin, cases);
      measured.searchColdFirstMs = coldFirstMs;
      for (const cost of costs) {
        console.log(`  search ${JSON.stringify(cost.query)}: ${cost.ms.toFixed(0)} ms (whole page ${cost.pageMs.toFixed(0)} ms${cost.countsMs === undefined ? '' : `, facet counts ${cost.countsMs.toFixed(0)} ms`}), ${cost.bytes} bytes — ${cost.status}`);
      }
      measured.searchQueries = costs.length;
      measured.searchMedianMs = valuesToMedian(costs.map((cost) => cost.ms));
      measured.searchP95Ms = valuesToPercentile(costs.map((cost) => cost.ms), 95);
      measured.searchPageMedianMs = valuesToMedian(costs.map((cost) => cost.pageMs));
      measured.searchPageP95Ms = valuesToPercentile(costs.map((cost) => cost.pageMs), 95);
      const counted = costs.flatMap((cost) => (cost.countsMs === undefined ? [] : [cost.countsMs]));
      if (counted.length > 0) measured.searchCountsMs = Math.max(...counted);
      measured.searchMedianKb = bytesToKb(valuesToMedian(costs.map((cost) => cost.bytes)));
      measured.searchMaxKb = bytesToKb(Math.max(...costs.map((cost) => cost.bytes)));
      const phoneQuery = pools.partners[0]!.name;
      const phone = await probePhone(server.origin, phoneQuery);
      console.log(`  phone, Slow 4G + 4× CPU, ${JSON.stringify(phoneQuery)}: start-up ${phone.startupMs.toFixed(0)} ms, typed query ${phone.typedFirstMs.toFixed(0)} ms to the first results (${phone.typedPageMs.toFixed(0)} ms to the whole page), shared link ${phone.linkFirstMs.toFixed(0)} ms`);
      measured.phoneStartupMs = phone.startupMs;
      measured.phoneTypedFirstMs = phone.typedFirstMs;
      measured.phoneTypedPageMs = phone.typedPageMs;
      measured.phoneLinkFirstMs = phone.linkFirstMs;
      const screens = path.join(work, 'screens');
      fs.mkdirSync(screens);
      const year = fs.existsSync(path.join(dist, 'years')) ? fs.readdirSync(path.join(dist, 'years')).find((name) => /^\d{4}$/.test(name)) : undefined;
      const pages = ['/', year ? `/years/${year}/` : undefined, `/${path.dirname(report.largestHtml.file)}/`, report.event ? `/${path.dirname(report.event.file)}/` : undefined, `/search/?q=${encodeURIComponent(phoneQuery)}`];
      const shots = await screenshotPages(server.origin, pages.filter((page): page is string => page !== undefined), screens);
      console.log(`  screenshots: ${shots.join(' ')}`);
    } finally {
      await server.close();
    }
  }
}

// Other work on the machine slows every figure; the load average says how much there was.
console.log(`bench: load average at the end ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`);
const rows = measurementsToRows(measured, figuresForCount(count));
console.log(`\n${rowsToTable(rows)}\n`);
if (!options.keep) {
  for (const heavy of [site, seedsDir, ...(givenEvents ? [] : [eventsDir]), path.join(work, 'held-seed'), path.join(work, 'events-first-run'), ...fs.readdirSync(work).filter((name) => name.startsWith('disk-probe-')).map((name) => path.join(work, name))]) fs.rmSync(heavy, { recursive: true, force: true });
  console.log(`bench: removed the corpus and the build; logs and screenshots stay in ${work}`);
} else console.log(`bench: kept everything in ${work}`);
const exitCode = rowsToExitCode(rows);
console.log(exitCode === 0 ? 'bench: every measured budget kept' : 'bench: a budget was missed');
process.exit(exitCode);
