import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// Runs the real CLI (node scripts/ingest.ts, on the project's pinned Node) on temporary folders.
const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let folders = 0;
function folder(name: string): string {
  return join(work, `${name}-${folders++}`);
}

function ingest(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/ingest.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A copy of the project's five seeds and their sidecars. */
function realSeeds(): string {
  const dir = folder('seeds');
  cpSync(join(root, 'seeds'), dir, { recursive: true });
  return dir;
}

const readAll = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
const fixture = (name: string, file = 'input.txt') => readFileSync(join(root, 'tests/fixtures/ingest', name, file));

describe('ingest CLI', () => {
  test('writes one event per seed and exits 0', () => {
    const out = folder('out');
    const run = ingest('--seeds', realSeeds(), '--out', out, '--no-cache');
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      '2024-05-29-in-joint-working-group.mdx',
      '2024-11-27-in-vice-ministerial-dialogue.mdx',
      '2025-01-07-us-foreign-ministers-meeting.mdx',
      '2025-01-13-kr-official-visit.mdx',
      '2025-12-04-vn-2plus2-vice-ministerial.mdx',
    ]);
    expect(run.stdout).toMatch(/001_ddb86a17edb0ed4f\.txt\s+2025-12-04-vn-2plus2-vice-ministerial\s+2025-12-04 \(editorial\)/);
  });

  test('gives byte-identical files on two runs, and the committed content for the project seeds', () => {
    const seeds = realSeeds();
    const [a, b] = [folder('out'), folder('out')];
    expect(ingest('--seeds', seeds, '--out', a, '--no-cache').code).toBe(0);
    expect(ingest('--seeds', seeds, '--out', b, '--no-cache').code).toBe(0);
    expect(readAll(a)).toEqual(readAll(b));
    const committed = Object.fromEntries(Object.entries(readAll(join(root, 'content/events'))).filter(([name]) => name.endsWith('.mdx')));
    expect(readAll(a)).toEqual(committed);
  });

  test('gives the same bytes from the cache as from a cold run', () => {
    const seeds = realSeeds();
    const [cold, warm] = [folder('out'), folder('out')];
    expect(ingest('--seeds', seeds, '--out', cold, '--no-cache').code).toBe(0);
    ingest('--seeds', seeds, '--out', folder('out'));
    const second = ingest('--seeds', seeds, '--out', warm);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/5 from cache/);
    expect(readAll(warm)).toEqual(readAll(cold));
  });

  test('keeps the cache in sixteen files and rewrites only the one a seed added falls in', () => {
    const seeds = realSeeds();
    const cacheDir = join(root, '.cache/ingest');
    const prefix = createHash('sha256').update(seeds).digest('hex').slice(0, 16);
    const cacheFiles = () => new Map(readdirSync(cacheDir).filter((name) => name.startsWith(`${prefix}.`) && name.endsWith('.bin')).map((name) => [name, readFileSync(join(cacheDir, name))]));
    try {
      expect(ingest('--seeds', seeds, '--out', folder('out')).code).toBe(0);
      const first = cacheFiles();
      // the five seeds' keys: five shards or fewer, one file each, named by the first digit of its keys
      expect(first.size).toBeGreaterThan(0);
      for (const name of first.keys()) expect(name).toMatch(new RegExp(`^${prefix}\\.[0-9a-f]\\.bin$`));
      // (another site's copy of a seed: its own label, so its own key)
      const copied = readdirSync(seeds).find((name) => name.endsWith('.txt'))!;
      cpSync(join(seeds, copied), join(seeds, `200_${copied}`));
      const second = ingest('--seeds', seeds, '--out', folder('out'));
      expect(second.stdout).toMatch(/5 from cache/);
      const after = cacheFiles();
      const rewritten = [...after.keys()].filter((name) => !first.get(name)?.equals(after.get(name)!));
      expect(rewritten).toHaveLength(1);
    } finally {
      for (const name of readdirSync(cacheDir)) if (name.startsWith(`${prefix}.`)) rmSync(join(cacheDir, name));
    }
  });

  test('reads again the seeds and event files changed since the last run, whatever it recorded of them', () => {
    const seeds = realSeeds();
    const out = folder('out');
    expect(ingest('--seeds', seeds, '--out', out).code).toBe(0);
    const published = readAll(out);
    // an event file edited by hand is written back; a seed rewritten is read again and its event changes
    const edited = Object.keys(published).find((name) => name.includes('-vn-'));
    writeFileSync(join(out, edited!), 'edited by hand\n');
    const seed = readdirSync(seeds).find((name) => name.startsWith('003_'))!;
    writeFileSync(join(seeds, seed), readFileSync(join(seeds, seed), 'utf8').replace('\n\n', '\n\nوأكد الجانبان عزمهما على مواصلة التشاور في المستقبل القريب.\n\n'));
    const run = ingest('--seeds', seeds, '--out', out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/ \(2 written, 0 removed, 4 from cache/);
    expect(readFileSync(join(out, edited!), 'utf8')).toBe(published[edited!]);
    const changed = Object.entries(readAll(out)).filter(([name, text]) => published[name] !== text);
    expect(changed).toHaveLength(1);
    expect(changed[0]![1]).toContain('مواصلة التشاور');
  });

  test('takes a seed whose stamp (size, modification time, inode) is unchanged from the record of the last run, unread', () => {
    const seeds = realSeeds();
    const out = folder('out');
    // (a modification time in whole seconds, which can be put back exactly)
    const seed = readdirSync(seeds).find((name) => name.startsWith('003_'))!;
    const path = join(seeds, seed);
    utimesSync(path, 1_700_000_000, 1_700_000_000);
    expect(ingest('--seeds', seeds, '--out', out).code).toBe(0);
    const published = readAll(out);
    // rewritten in place (same inode), as long as before, its modification time put back: only its stamp is compared
    writeFileSync(path, readFileSync(path, 'utf8').replace('اليابان', 'اليابام'));
    utimesSync(path, 1_700_000_000, 1_700_000_000);
    expect(ingest('--seeds', seeds, '--out', out).stdout).toMatch(/ \(0 written, 0 removed, 5 from cache/);
    expect(readAll(out)).toEqual(published);
    // --check reads every file, and so does a run without the cache
    expect(ingest('--seeds', seeds, '--out', out, '--check').code).toBe(1);
  });

  test('reports every failing seed at once, names the files, exits 1 and still writes the good seeds', () => {
    const seeds = realSeeds();
    writeFileSync(join(seeds, '100_empty.txt'), '');
    writeFileSync(join(seeds, '101_clutter.txt'), fixture('clutter-only'));
    writeFileSync(join(seeds, '102_no_year.txt'), fixture('no-year'));
    const out = folder('out');
    const run = ingest('--seeds', seeds, '--out', out, '--no-cache');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${seeds}/100_empty.txt: the file is empty`);
    expect(run.stderr).toContain(`${seeds}/101_clutter.txt: no article text after removing site clutter`);
    expect(run.stderr).toContain(`${seeds}/102_no_year.txt: needs review — the article gives no year for «الخامس من مارس»; add 102_no_year.editorial.yml with date.value and date.citation`);
    expect(readdirSync(out)).toHaveLength(5);
  });

  test('never deletes an event when a run fails, and removes stale events only on a successful run', () => {
    const seeds = realSeeds();
    const out = folder('out');
    expect(ingest('--seeds', seeds, '--out', out, '--no-cache').code).toBe(0);
    // Seed 003 breaks, seed 000 disappears: the run fails, so both published events stay.
    writeFileSync(join(seeds, '003_6a3457b211413a86.txt'), '');
    rmSync(join(seeds, '000_f9c508e469cc86fa.txt'));
    expect(ingest('--seeds', seeds, '--out', out, '--no-cache').code).toBe(1);
    expect(existsSync(join(out, '2024-05-29-in-joint-working-group.mdx'))).toBe(true);
    expect(existsSync(join(out, '2024-11-27-in-vice-ministerial-dialogue.mdx'))).toBe(true);
    // Seed 003 fixed: the run succeeds and only the event of the vanished seed 000 goes; a hand-made file stays.
    cpSync(join(root, 'seeds/003_6a3457b211413a86.txt'), join(seeds, '003_6a3457b211413a86.txt'));
    writeFileSync(join(out, 'hand-made.mdx'), '---\ntitle: "x"\n---\n');
    const run = ingest('--seeds', seeds, '--out', out, '--no-cache');
    expect(run.code).toBe(0);
    expect(existsSync(join(out, '2024-11-27-in-vice-ministerial-dialogue.mdx'))).toBe(false);
    expect(run.stderr).toContain(`${out}/hand-made.mdx was not made by ingest`);
    expect(readdirSync(out)).toHaveLength(5);
  });

  test('--check passes on fresh output and lists stale, missing and extra files otherwise, writing nothing', () => {
    const seeds = realSeeds();
    const out = folder('out');
    expect(ingest('--seeds', seeds, '--out', out, '--no-cache').code).toBe(0);
    expect(ingest('--seeds', seeds, '--out', out, '--check').code).toBe(0);
    writeFileSync(join(out, '2025-01-07-us-foreign-ministers-meeting.mdx'), 'edited by hand\n');
    rmSync(join(out, '2024-05-29-in-joint-working-group.mdx'));
    writeFileSync(join(out, '1999-01-01-xx-other.mdx'), 'orphan\n');
    const before = readAll(out);
    const run = ingest('--seeds', seeds, '--out', out, '--check');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`stale: ${out}/2025-01-07-us-foreign-ministers-meeting.mdx`);
    expect(run.stderr).toContain(`missing: ${out}/2024-05-29-in-joint-working-group.mdx`);
    expect(run.stderr).toContain(`extra (no seed makes it): ${out}/1999-01-01-xx-other.mdx`);
    expect(readAll(out)).toEqual(before);
  });

  test('records old id → new id when a seed’s event id changes', () => {
    const seeds = realSeeds();
    const out = folder('out');
    // Beside the events, where the site reads it; the first run starts the table.
    const redirects = join(dirname(out), 'redirects.json');
    expect(ingest('--seeds', seeds, '--out', out, '--redirects', redirects, '--no-cache').code).toBe(0);
    // The editor corrects seed 004's date: its permalink changes, the old one must keep working.
    const sidecar = join(seeds, '004_8139462e61c2c95d.editorial.yml');
    writeFileSync(sidecar, readFileSync(sidecar, 'utf8').replace('value: 2025-01-13', 'value: 2025-01-14'));
    expect(ingest('--seeds', seeds, '--out', out, '--redirects', redirects, '--no-cache').code).toBe(0);
    expect(JSON.parse(readFileSync(redirects, 'utf8'))).toEqual({ '2025-01-13-kr-official-visit': '2025-01-14-kr-official-visit' });
    expect(existsSync(join(out, '2025-01-13-kr-official-visit.mdx'))).toBe(false);
  });

  test('merges two seeds about one event and says so', () => {
    const seeds = folder('seeds');
    cpSync(join(root, 'tests/fixtures/ingest/merge-two-seeds'), seeds, { recursive: true });
    rmSync(join(seeds, 'expected.mdx'));
    const out = folder('out');
    const run = ingest('--seeds', seeds, '--out', out, '--no-cache');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('merged into one event: input-2.txt + input.txt');
    expect(readdirSync(out)).toEqual(['2025-05-15-id-foreign-ministers-meeting.mdx']);
  });

  test('names a missing seeds folder, and rejects unknown options', () => {
    const missing = ingest('--seeds', join(work, 'nope'), '--out', folder('out'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such folder of seeds');
    expect(ingest('--bogus').code).toBe(2);
    expect(ingest('--help').stdout).toContain('--seeds DIR');
  });

  test('gives the same files from worker threads as the in-process pipeline, correcting events a later seed merges with', async () => {
    const seeds = folder('many');
    const generated = spawnSync(process.execPath, ['scripts/generate-seeds.ts', '--count', '900', '--out', seeds], { cwd: root, encoding: 'utf8' });
    expect(generated.status, generated.stderr).toBe(0);
    // The last seed reports the first seed's event: its event is written early under an id of its own, then merged away.
    const first = readdirSync(seeds).sort()[0]!;
    cpSync(join(seeds, first), join(seeds, 'zzz-same-event.txt'));
    const out = folder('out');
    mkdirSync(out);
    writeFileSync(join(out, 'hand-made.mdx'), '---\ntitle: "not from a seed"\n---\n');
    const run = ingest('--seeds', seeds, '--out', out, '--no-cache', '--quiet');
    expect(run.code, run.stderr).toBe(0);
    const { folderToSeeds, seedsToPlan } = await import('./helpers/seedsInMemory.ts');
    const label = (name: string) => `${seeds}/${name}`;
    const { built } = seedsToPlan(folderToSeeds(seeds, label), label);
    // Generated seeds can tell one meeting twice too (same pair, same day), so the count comes from the in-process plan.
    const merged = built.reduce((sum, event) => sum + event.seeds.length - 1, 0);
    expect(merged).toBeGreaterThanOrEqual(1);
    expect(run.stdout).toContain(`${merged} merged`);
    expect(built.find((event) => event.seeds.includes('zzz-same-event.txt'))?.seeds).toEqual([first, 'zzz-same-event.txt']);
    const expected = Object.fromEntries([...built.map((event) => [`${event.id}.mdx`, event.mdx]), ['hand-made.mdx', '---\ntitle: "not from a seed"\n---\n']]);
    expect(readAll(out)).toEqual(Object.fromEntries(Object.entries(expected).sort(([a], [b]) => (a < b ? -1 : 1))));
  });

  test('forwards options through npm run ingest --', () => {
    const out = folder('out');
    const run = spawnSync('npm', ['run', '--silent', 'ingest', '--', '--seeds', realSeeds(), '--out', out, '--quiet', '--no-cache'], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out)).toHaveLength(5);
  });
});
