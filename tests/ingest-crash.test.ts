// Crash safety of the ingest: the real CLI is killed (SIGKILL to its whole process group) at seeded random moments of
// a run; every file it writes must then be as it was before the run or as it should be after it, and the next run
// must repair everything. KILL_SEED=<n> replays other moments.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedToRng } from '../scripts/bench/prng.ts';
import { bytesToCache, CACHE_SHARDS } from '../scripts/ingest/cache.ts';
import { readOptional } from '../scripts/ingest/fs.ts';
import { mdxToSeedNames } from '../scripts/ingest/redirects.ts';
import { runKilledAtFileEvent, type KillAt } from './helpers/runKilledAtFileEvent.ts';

const root = resolve(import.meta.dirname, '..');
const node = join(root, 'node_modules/.bin/node');
const KILL_SEED = Number(process.env.KILL_SEED ?? 20261201);
const KILLS = 5;
/** Seeds of the earlier run; the run under test changes, replaces and removes some and adds more (803 to process). */
const SEEDS_BEFORE = 1200;
const SEEDS_ADDED = 400;

/** How writeTextSync names a file it is still writing: `.<name>.<pid>.<random>.ingest-tmp` beside it. */
const TEMPORARY = /^\.(.+)\.\d+\.[0-9a-z]+\.ingest-tmp$/;

// A moment of the run is one of the file-system events it makes (creating, writing, renaming and deleting files in the
// events folder, the redirects folder and the cache), not a time: its timing on a shared machine varies threefold from
// one run to the next, and before its first write (most of its time) a kill leaves nothing to check. One moment in each
// fifth of the run, at a seeded place within it: the test name says where, KILL_SEED replays it.
const rng = seedToRng(KILL_SEED);
const moments = Array.from({ length: KILLS }, (_, i) => (i + rng.next()) / KILLS);
// Killed twice: in the middle half of a run, then anywhere in the next.
const twice = [0.25 + rng.next() / 2, rng.next()] as const;

// In memory where there is /dev/shm: right after thousands of files are deleted, this machine's disk creates files up to
// ten times more slowly (README, Performance), and each kill deletes and recreates 1,200. A kill is a process crash, not
// a power cut, so the file system makes no difference to what it leaves.
const work = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'ingest-crash-'));
const seeds = join(work, 'seeds');
const out = join(work, 'out');
const redirects = join(work, 'redirects', 'redirects.json');
// The CLI keeps sixteen cache files per seeds folder, named after the folder's path and the first digit of their keys.
const cacheDir = join(root, '.cache/ingest');
const cachePrefix = createHash('sha256').update(seeds).digest('hex').slice(0, 16);
const cacheNames = Array.from({ length: CACHE_SHARDS }, (_, shard) => `${cachePrefix}.${shard.toString(16)}.bin`);
// and one file of what it learnt of each seed and event file (their stamps): written whole, any version of it will do
const recordsName = `${cachePrefix}.files.json`;
/** Whether a file of the cache folder is one of this seeds folder's cache files, or a temporary file of one. */
const isCacheFile = (name: string) => cacheNames.includes(name) || cacheNames.includes(TEMPORARY.exec(name)?.[1] ?? '');
// What the CLI keeps about an events folder in .cache/ingest is named after the folder's path.
const outKey = createHash('sha256').update(out).digest('hex').slice(0, 16);
const env = { ...process.env, FORCE_COLOR: '0' };

type Files = Map<string, Buffer>;
interface Folders {
  out: string;
  redirects: string;
}
interface State {
  events: Files;
  redirects: Buffer;
  cache: Files;
  records?: Buffer | undefined;
}
let before: State;
let after: State;
let afterCache: Map<string, unknown>;
let fingerprint: string;
/** How many file-system events the run under test makes in the folders it writes. */
let runEvents: number;
/** Text → id of each event file a run writes early and corrects at the end, because a later seed merges with it. */
const provisional = new Map<string, string>();
/** Runs the test meant to kill, and how many of them it killed before they ended. */
const kills = { tried: 0, landed: 0 };

/** Runs a project script to its end on the project's Node; it must exit 0. */
function runScript(...scriptArgs: string[]): void {
  const run = spawnSync(node, scriptArgs, { cwd: root, encoding: 'utf8', env });
  expect(run.status, `${scriptArgs.join(' ')}\n${run.stderr}`).toBe(0);
}

function generate(count: number, seed: number, dir: string): void {
  runScript('scripts/generate-seeds.ts', '--count', String(count), '--out', dir, '--seed', String(seed));
}

/** Every file in a folder, hidden ones too; none when the folder is missing. */
function readFolder(dir: string): Files {
  const files: Files = new Map();
  let names: string[] = [];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return files;
  }
  for (const name of names) files.set(name, readFileSync(join(dir, name)));
  return files;
}

/** Puts the events folder, the redirects file and the cache file back as they were before the run under test. */
function restoreBefore(): void {
  rmSync(out, { recursive: true, force: true });
  rmSync(dirname(redirects), { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  mkdirSync(dirname(redirects), { recursive: true });
  for (const [name, bytes] of before.events) writeFileSync(join(out, name), bytes);
  writeFileSync(redirects, before.redirects);
  // Nothing another kill left in the cache folder either: each kill starts from the same state.
  removeCacheFiles();
  for (const [name, bytes] of before.cache) writeFileSync(join(cacheDir, name), bytes);
  if (before.records) writeFileSync(join(cacheDir, recordsName), before.records);
}

/** This seeds folder's cache files (and their temporaries) and what the CLI keeps about the events folder, removed. */
function removeCacheFiles(): void {
  // (a fresh checkout has no cache folder until the first run)
  if (!existsSync(cacheDir)) return;
  for (const name of readdirSync(cacheDir)) if (name.startsWith(cachePrefix) || isCacheFile(name) || name.startsWith(outKey)) rmSync(join(cacheDir, name));
}

/** This seeds folder's cache files as they are: name → bytes. */
function readCacheFiles(): Files {
  const files: Files = new Map();
  for (const name of cacheNames) {
    const bytes = readOptional(join(cacheDir, name));
    if (bytes) files.set(name, bytes);
  }
  return files;
}

/** The entries of cache files, all shards together. */
function cacheEntries(files: Files): Map<string, unknown> {
  return new Map([...files.values()].flatMap((bytes) => [...bytesToCache(bytes, fingerprint)]));
}

/** The CLI's arguments for an events folder and a redirects table. */
const ingestArgs = (folders: Folders) => ['scripts/ingest.ts', '--seeds', seeds, '--out', folders.out, '--redirects', folders.redirects, '--quiet'];

/** Runs the CLI, killed at the given file-system event (in the events folder, the redirects folder or on the cache file) or never. */
function runAndKill(killAt?: KillAt, folders: Folders = { out, redirects }): Promise<{ killed: boolean; code: number | null; events: number }> {
  const places = [
    { name: 'events', dir: folders.out },
    { name: 'redirects', dir: dirname(folders.redirects) },
    { name: 'cache', dir: cacheDir, only: isCacheFile },
  ];
  return runKilledAtFileEvent(node, ingestArgs(folders), { cwd: root, env, places, ...(killAt ? { killAt } : {}) });
}

/** What a file is now, against what it was and what it should be: a problem, or the state it is in. */
function fileState(name: string, now: Buffer | undefined, was: Buffer | undefined, should: Buffer | undefined): { problem?: string; state: string } {
  if (now === undefined) return was === undefined || should === undefined ? { state: was === undefined ? 'not yet there' : 'removed' } : { problem: `${name}: missing`, state: 'missing' };
  if (now.length === 0) return { problem: `${name}: empty`, state: 'empty' };
  if (was?.equals(now)) return { state: 'as it was' };
  if (should?.equals(now)) return { state: 'as it should be' };
  const whole = [was, should].find((full) => full && full.length > now.length && full.subarray(0, now.length).equals(now));
  if (whole) return { problem: `${name}: truncated (${now.length} of ${whole.length} bytes)`, state: 'truncated' };
  return { problem: `${name}: neither as it was nor as it should be (${now.length} bytes)`, state: 'other' };
}

/** Every problem with the files a killed run left, and how many files are in which state. */
function checkKilledRun(): { problems: string[]; states: Map<string, number> } {
  const problems: string[] = [];
  const states = new Map<string, number>();
  const count = (state: string) => states.set(state, (states.get(state) ?? 0) + 1);

  const events = readFolder(out);
  for (const name of new Set([...before.events.keys(), ...after.events.keys(), ...events.keys()])) {
    const now = events.get(name);
    if (now && TEMPORARY.test(name)) {
      count('temporary');
      continue;
    }
    const state = fileState(name, now, before.events.get(name), after.events.get(name));
    // An event a later seed merges with is written early as its first seed alone, and corrected at the end.
    const id = now && state.state === 'other' ? provisional.get(now.toString('utf8')) : undefined;
    if (id && new RegExp(`^${id}(-\\d+)?\\.mdx$`).test(name)) {
      count('provisional (a later seed merges with it)');
      continue;
    }
    count(`event ${state.state}`);
    if (state.problem) problems.push(`events/${state.problem}`);
  }

  const redirectFiles = readFolder(dirname(redirects));
  for (const name of redirectFiles.keys()) if (name !== basename(redirects) && TEMPORARY.exec(name)?.[1] !== basename(redirects)) problems.push(`redirects folder: unexpected file ${name}`);
  const table = fileState(basename(redirects), redirectFiles.get(basename(redirects)), before.redirects, after.redirects);
  count(`redirects ${table.state}`);
  if (table.problem) problems.push(table.problem);

  // each cache file as it was or as it should be: a shard is written whole or not at all
  for (const name of cacheNames) {
    const now = readOptional(join(cacheDir, name));
    const was = before.cache.get(name);
    const should = after.cache.get(name);
    if (now === undefined) {
      if (was !== undefined) problems.push(`${name}: missing`);
      else count('cache file not yet there');
    } else if (was?.equals(now)) count('cache file as it was');
    else if (should?.equals(now)) count('cache file as it should be');
    else {
      const entries = bytesToCache(now, fingerprint);
      if (entries.size === 0) problems.push(`${name}: does not decode (${now.length} bytes)`);
      else if (!isDeepStrictEqual(entries, should && bytesToCache(should, fingerprint))) problems.push(`${name}: decodes to ${entries.size} entries, neither as it was nor as it should be`);
      else count('cache file as it should be');
    }
  }
  const records = readOptional(join(cacheDir, recordsName));
  if (records) {
    try {
      const parsed = JSON.parse(records.toString('utf8')) as { seeds?: unknown; events?: unknown };
      if (typeof parsed.seeds !== 'object' || typeof parsed.events !== 'object') problems.push(`${recordsName}: not a record of seeds and events`);
      else count('records whole');
    } catch {
      problems.push(`${recordsName}: does not parse (${records.length} bytes)`);
    }
  }
  for (const name of readdirSync(cacheDir)) {
    if (TEMPORARY.test(name) && (isCacheFile(name) || TEMPORARY.exec(name)?.[1] === recordsName)) count('cache temporary');
    else if (name.startsWith(cachePrefix) && !cacheNames.includes(name) && name !== recordsName) problems.push(`cache folder: unexpected file ${name}`);
  }
  return { problems, states };
}

/** The names of files that differ between two folders' contents. */
function differences(actual: Files, expected: Files): string[] {
  return [...new Set([...actual.keys(), ...expected.keys()])].filter((name) => !actual.get(name)?.equals(expected.get(name) ?? Buffer.alloc(0)) || !expected.has(name)).sort();
}

beforeAll(async () => {
  // The earlier run: 1,200 synthetic seeds, and a redirects table that already holds one entry.
  generate(SEEDS_BEFORE, KILL_SEED, seeds);
  mkdirSync(dirname(redirects), { recursive: true });
  writeFileSync(redirects, `${JSON.stringify({ '1999-01-01-xx-retired-event': '1999-01-02-xx-retired-event' }, null, 2)}\n`);
  removeCacheFiles();
  runScript(...ingestArgs({ out, redirects }));
  before = { events: readFolder(out), redirects: readFileSync(redirects), cache: readCacheFiles(), records: readOptional(join(cacheDir, recordsName)) };
  expect(before.records).toBeDefined();

  // The seeds change: of every six, one is removed, one is replaced by another article (its id changes, so a redirect is
  // recorded), one gains a paragraph (same id, other text), three stay; 400 new seeds come in.
  const donors = join(work, 'donors');
  generate(SEEDS_BEFORE / 6 + SEEDS_ADDED, KILL_SEED + 1, donors);
  const donorNames = readdirSync(donors).sort();
  readdirSync(seeds)
    .sort()
    .forEach((name, i) => {
      const path = join(seeds, name);
      if (i % 6 === 0) rmSync(path);
      if (i % 6 === 1) cpSync(join(donors, donorNames.pop()!), path);
      if (i % 6 === 2) writeFileSync(path, readFileSync(path, 'utf8').replace('\n\n', '\n\nوأكد الجانبان عزمهما على مواصلة التشاور في المستقبل القريب.\n\n'));
    });
  for (const name of donorNames) cpSync(join(donors, name), join(seeds, name));
  // Three seeds get a copy under a name beside theirs, as when two sites report one event: each pair merges, so the run
  // writes files early that it corrects or removes at the end.
  const unchanged = readdirSync(seeds).sort()[3]!;
  for (const name of [unchanged, donorNames[10]!, donorNames[SEEDS_ADDED - 10]!]) cpSync(join(seeds, name), join(seeds, name.replace(/\.txt$/, '-copy.txt')));

  // As it should be: the same run from the same state, not interrupted, into other folders. The file-system events it
  // makes there are the run's moments.
  const clean = { out: join(work, 'clean-out'), redirects: join(work, 'clean-redirects', 'redirects.json') };
  cpSync(out, clean.out, { recursive: true });
  cpSync(dirname(redirects), dirname(clean.redirects), { recursive: true });
  const cleanRun = await runAndKill(undefined, clean);
  expect(cleanRun.code).toBe(0);
  runEvents = cleanRun.events;
  after = { events: readFolder(clean.out), redirects: readFileSync(clean.redirects), cache: readCacheFiles() };
  const shard = [...after.cache.values()][0]!;
  fingerprint = shard.subarray(0, shard.indexOf(10)).toString('utf8').split(' ')[1]!;
  afterCache = cacheEntries(after.cache);
  expect(afterCache.size).toBe(readdirSync(seeds).length);
  // the new and changed seeds fall in every shard: each file is written again, one by one, with a moment between
  expect(after.cache.size).toBe(CACHE_SHARDS);
  expect(cacheNames.filter((name) => !after.cache.get(name)!.equals(before.cache.get(name)!)).length).toBe(CACHE_SHARDS);

  // The early versions of merged events: each merged seed on its own (the k-th seed of every merge in one folder).
  const merged = [...after.events.values()].map((bytes) => mdxToSeedNames(bytes.toString('utf8'))).filter((names) => names.length > 1);
  for (let k = 0; merged.some((names) => names.length > k); k++) {
    const alone = { seeds: join(work, `alone-${k}`), out: join(work, `alone-${k}-out`) };
    mkdirSync(alone.seeds);
    for (const names of merged) if (names[k]) cpSync(join(seeds, names[k]), join(alone.seeds, names[k]));
    runScript('scripts/ingest.ts', '--seeds', alone.seeds, '--out', alone.out, '--no-cache', '--quiet');
    const written = readFolder(alone.out);
    expect(written.size).toBe(readdirSync(alone.seeds).length);
    for (const [name, bytes] of written) provisional.set(bytes.toString('utf8'), name.slice(0, -'.mdx'.length));
  }

  expect(runEvents).toBeGreaterThan(after.events.size);

  // Enough differs for a crash to be seen: new, rewritten and removed event files, and a longer redirects table.
  expect(differences(before.events, after.events).length).toBeGreaterThan(700);
  expect(before.redirects.equals(after.redirects)).toBe(false);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  removeCacheFiles();
});

/** Kills the run at `killAt` from the state before it, then `again` the run after it; checks every file after each. */
async function killAndCheck(killAt: (runEvents: number) => KillAt, label: string, again?: (killedAt: KillAt) => KillAt): Promise<string> {
  // A run that ends before its moment (it made fewer events than the calibration runs) is run again, scaled to it.
  let at: KillAt = killAt(runEvents);
  let run = { killed: false, events: runEvents };
  for (let attempt = 0; attempt < 3 && !run.killed; attempt++) {
    restoreBefore();
    at = killAt(run.events);
    run = await runAndKill(at);
  }
  kills.tried++;
  if (run.killed) kills.landed++;
  let where = `${run.killed ? 'killed' : 'not killed: the run had ended before'} at event ${at.event}${at.on === 'any' ? ` of ${runEvents}` : ` of the ${at.on} file`} (${label}, KILL_SEED=${KILL_SEED})`;
  for (const next of [undefined, ...(again ? [again(at)] : [])]) {
    if (next) {
      const rerun = await runAndKill(next);
      where += `, then ${rerun.killed ? 'killed' : 'not killed'} at event ${next.event} of the next run`;
    }
    const { problems, states } = checkKilledRun();
    console.log(`${where}: ${[...states].map(([state, n]) => `${n} ${state}`).join(', ')}`);
    expect(problems, where).toEqual([]);
  }
  return where;
}

/** Runs the CLI to its end: the events folder and the redirects table must be as after a run never interrupted. */
function checkRepair(where: string): void {
  runScript(...ingestArgs({ out, redirects }));
  expect(differences(readFolder(out), after.events), `${where}: events after the next run`).toEqual([]);
  expect(readFileSync(redirects, 'utf8'), `${where}: redirects after the next run`).toBe(after.redirects.toString('utf8'));
  expect(readdirSync(dirname(redirects))).toEqual([basename(redirects)]);
  expect(isDeepStrictEqual(cacheEntries(readCacheFiles()), afterCache), `${where}: cache after the next run`).toBe(true);
  // Nothing of the crash is left: no temporary file, and nothing the CLI keeps about the events folder while it runs.
  expect(readdirSync(cacheDir).filter((name) => (TEMPORARY.test(name) && isCacheFile(name)) || name.startsWith(outKey))).toEqual([]);
}

describe(`ingest killed at random moments (KILL_SEED=${KILL_SEED})`, () => {
  test.each(moments.map((moment, i) => ({ n: i + 1, percent: (moment * 100).toFixed(1), moment })))(
    `kill $n of ${KILLS}, at $percent% of its file events: every file as it was or as it should be, and the next run repairs it`,
    async ({ n, moment }) => {
      checkRepair(await killAndCheck((events) => ({ on: 'any', event: Math.max(1, Math.round(moment * events)) }), `kill ${n} of ${KILLS}`));
    },
  );

  // The redirects table and the cache are written last, in a few events of thousands: one kill as the cache is begun,
  // after the table (a few hundred bytes, written before a kill can follow its first event).
  test('killed as it begins the cache: the cache as it was or as it should be, and the next run repairs it', async () => {
    checkRepair(await killAndCheck(() => ({ on: 'cache', event: 1 }), 'cache'));
  });

  // The cache is sixteen files written one after the other: a kill between them leaves some new and some old.
  test('killed among the cache files: each as it was or as it should be, and the next run repairs them', async () => {
    checkRepair(await killAndCheck(() => ({ on: 'cache', event: 20 }), 'cache files'));
  });

  test(`killed twice, at ${(twice[0] * 100).toFixed(1)}% of a run and at ${(twice[1] * 100).toFixed(1)}% of the next one's events: every file as it was or as it should be, and a third run repairs it`, async () => {
    // The next run makes about the events the killed one had still to make.
    const again = (first: KillAt) => ({ on: 'any', event: Math.max(1, Math.round(twice[1] * (runEvents - first.event))) });
    checkRepair(await killAndCheck((events) => ({ on: 'any', event: Math.max(1, Math.round(twice[0] * events)) }), 'twice', again));
  });

  test('the kills landed while the CLI was still running, all but one at most', () => {
    expect(kills.tried).toBe(KILLS + 3);
    expect(kills.landed).toBeGreaterThanOrEqual(kills.tried - 1);
  });
});
