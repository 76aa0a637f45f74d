import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroLogToWrittenFiles } from '../scripts/build/astroLogToWrittenFiles.ts';
import { buildSteps } from '../scripts/build/buildSteps.ts';
import { loadSeedPools, writeSyntheticSeeds } from '../scripts/bench/corpus.ts';
import { copyProjectForBuild } from '../scripts/bench/siteCopy.ts';
import { buildEnv } from './helpers/buildEnv.ts';

// The editor's loop: after one seed is added, changed or removed, the project's build (scripts/build/buildSteps.ts:
// the ingest, then an Astro build that renders again only the pages whose data changed, then Pagefind) must give,
// byte for byte, the site a build from scratch gives for the same content. Two copies of the project: the editor's,
// built again after each edit with its caches, and one built from scratch each time from the editor's content, with no
// cache at all. SOURCE_DATE_EPOCH fixes the build date both print (on the home page).
const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'incremental-'));
const seeds = join(work, 'seeds');
const held = join(work, 'held');
const editor = join(work, 'editor');
const editorContent = join(work, 'editor-content');
const editorEvents = join(editorContent, 'events');
const scratch = join(work, 'scratch');
const scratchContent = join(work, 'scratch-content');
const DAY = 1764547200;
let env = buildEnv({ SOURCE_DATE_EPOCH: String(DAY) });
// KEEP_BUILDS=1 keeps both copies to compare.
afterAll(() => (process.env.KEEP_BUILDS ? console.log(`builds kept in ${work}`) : rmSync(work, { recursive: true, force: true })));

/** Runs the build steps in `site` for the events of `eventsDir`; returns Astro's log. */
function runSteps(site: string, eventsDir: string, names: ReadonlyArray<'ingest' | 'astro' | 'pagefind'>): string {
  let astroLog = '';
  for (const step of buildSteps(site, ['--seeds', seeds, '--out', eventsDir, '--redirects', join(eventsDir, '..', 'redirects.json'), '--quiet']).filter((s) => names.includes(s.name))) {
    const result = spawnSync(step.command, step.args, { cwd: site, encoding: 'utf8', env: { ...env, EVENTS_DIR: eventsDir }, timeout: 280_000 });
    const log = `${result.stdout}${result.stderr}`;
    if (result.status !== 0) throw new Error(`the ${step.name} step failed in ${site}:\n${log.slice(-3000)}`);
    if (step.name === 'astro') astroLog = log;
  }
  return astroLog;
}

/** The editor's `npm run build`. Returns Astro's log. */
const editorBuild = () => runSteps(editor, editorEvents, ['ingest', 'astro', 'pagefind']);

/** A build from scratch of the editor's content (events and redirects): no dist, no cache of any kind. */
function scratchBuild(): void {
  rmSync(scratchContent, { recursive: true, force: true });
  cpSync(editorContent, scratchContent, { recursive: true });
  for (const cache of ['dist', '.astro', '.cache', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(scratch, cache), { recursive: true, force: true });
  runSteps(scratch, join(scratchContent, 'events'), ['astro', 'pagefind']);
}

/** Every file under `dir` with the hash of its bytes. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    files[relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return files;
}

/** The event pages Astro rendered in a build, and those it copied from its cache. */
function eventPages(log: string): { rendered: string[]; reused: string[] } {
  const pages = astroLogToWrittenFiles(log).flatMap(({ path, reused }) => {
    const id = /^\/events\/([^/]+)\/index\.html$/.exec(path)?.[1];
    return id ? [{ id, reused }] : [];
  });
  return { rendered: pages.filter((page) => !page.reused).map((page) => page.id), reused: pages.filter((page) => page.reused).map((page) => page.id) };
}

/** The feeds (rss.xml) Astro rendered in a build, not those it reused. */
function renderedFeeds(log: string): string[] {
  return astroLogToWrittenFiles(log)
    .filter(({ path, reused }) => path.endsWith('rss.xml') && !reused)
    .map(({ path }) => path);
}

const eventIds = () => readdirSync(editorEvents).filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -'.mdx'.length)).sort();
const expectSameAsScratch = () => {
  scratchBuild();
  const built = tree(join(editor, 'dist'));
  expect(Object.keys(built).some((file) => file.startsWith('pagefind/'))).toBe(true);
  expect(built).toEqual(tree(join(scratch, 'dist')));
};

beforeAll(async () => {
  writeSyntheticSeeds(await loadSeedPools(root), { count: 30, seed: 12, out: seeds });
  mkdirSync(held);
  const last = readdirSync(seeds).sort().at(-1)!;
  renameSync(join(seeds, last), join(held, last));
  copyProjectForBuild(root, editor);
  copyProjectForBuild(root, scratch);
  editorBuild();
}, 600_000);

describe('a one-seed edit rebuilt incrementally is identical to a build from scratch', () => {
  test('a build with nothing changed renders no event page again', () => {
    const pages = eventPages(editorBuild());
    expect(pages.rendered).toEqual([]);
    expect(pages.reused.length).toBe(eventIds().length);
  });

  test('adding a seed renders its page and its neighbours, and reuses the other event pages', () => {
    const before = eventIds();
    const name = readdirSync(held)[0]!;
    renameSync(join(held, name), join(seeds, name));
    const pages = eventPages(editorBuild());
    const added = eventIds().filter((id) => !before.includes(id));
    expect(added).toHaveLength(1);
    expect(pages.rendered).toContain(added[0]);
    // The new page, the two events beside it (their neighbour links changed), and those the new event moved to
    // another page of its year's timeline (their link back to it changed): a 30-event year has one page.
    expect(pages.rendered.length).toBeLessThanOrEqual(3);
    expect(pages.reused.length).toBeGreaterThanOrEqual(before.length - 2);
    expectSameAsScratch();
  });

  test('changing a seed (an editor moves its date to another year) is identical too, old permalink redirected', () => {
    const name = readdirSync(seeds).filter((file) => file.endsWith('.txt')).sort()[3]!;
    writeFileSync(join(seeds, name.replace(/\.txt$/, '.editorial.yml')), 'date:\n  value: 2003-02-01\n  precision: day\n  citation: https://example.org/correction\n');
    const before = eventIds();
    const pages = eventPages(editorBuild());
    const moved = eventIds().filter((id) => !before.includes(id));
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatch(/^2003-02-01-/);
    expect(pages.rendered).toContain(moved[0]);
    // The moved page, its old and new neighbours, the redirect from its old address.
    expect(pages.rendered.length).toBeLessThanOrEqual(6);
    expect(existsSync(join(editorContent, 'redirects.json'))).toBe(true);
    expectSameAsScratch();
  });

  // The page renders its body from the event file (src/utils/eventFileToBodyHtml.ts), not from the content store: a
  // sentence of the article changed past its lede (the event's data the same) renders that page again with it.
  test('changing a sentence of an article renders its page again with the new text, and is identical too', () => {
    const eventFile = readdirSync(editorEvents).filter((name) => name.endsWith('.mdx')).sort()[5]!;
    const eventText = readFileSync(join(editorEvents, eventFile), 'utf8');
    const seedName = /^seed: "([^"]+)"$/m.exec(eventText)![1]!;
    const seedText = readFileSync(join(seeds, seedName), 'utf8');
    const body = eventText.slice(eventText.indexOf('\n---\n', 4) + 5);
    // the last paragraph of the body that the seed holds as it is, past the lede
    const paragraph = body.split('\n\n').map((text) => text.trim()).filter((text) => text.split(' ').length >= 8 && seedText.includes(text)).slice(1).at(-1)!;
    const edited = paragraph.replace(/ (\S+)$/, ' والمراجعة-المعدلة $1');
    writeFileSync(join(seeds, seedName), seedText.replace(paragraph, edited));
    const pages = eventPages(editorBuild());
    const id = eventFile.slice(0, -'.mdx'.length);
    expect(readFileSync(join(editorEvents, eventFile), 'utf8')).toContain('والمراجعة-المعدلة');
    // (its neighbours' links to it show its date and title, which are the same: src/utils/eventToNeighbour.ts)
    expect(pages.rendered).toEqual([id]);
    expect(readFileSync(join(editor, 'dist', 'events', id, 'index.html'), 'utf8')).toContain('والمراجعة-المعدلة');
    expectSameAsScratch();
  });

  test('removing a seed removes its page and is identical too', () => {
    const name = readdirSync(seeds).filter((file) => file.endsWith('.txt')).sort()[10]!;
    const before = eventIds();
    rmSync(join(seeds, name));
    const log = editorBuild();
    const pages = eventPages(log);
    const removed = before.filter((id) => !eventIds().includes(id));
    expect(removed).toHaveLength(1);
    expect(existsSync(join(editor, 'dist', 'events', removed[0]!))).toBe(false);
    // found by the last build's list of dist/events, not by walking its folders
    expect(log).toMatch(/[1-9]\d* files of earlier builds removed from dist \(events: by the last build's list\)/);
    expect(pages.rendered.length).toBeLessThanOrEqual(2);
    expectSameAsScratch();
  });

  test('a build on the next day renders no event page and no keyed feed again (only the home page prints the day), and is identical too', () => {
    env = buildEnv({ SOURCE_DATE_EPOCH: String(DAY + 86_400) });
    const log = editorBuild();
    expect(eventPages(log).rendered).toEqual([]);
    // Every event page reused (and the redirect from the moved event's old address).
    expect(eventPages(log).reused).toEqual(expect.arrayContaining(eventIds()));
    // A feed is dated by its newest event, not by the build: only /rss.xml, which has no cacheKey, is rendered.
    expect(renderedFeeds(log)).toEqual(['/rss.xml']);
    expect(readFileSync(join(editor, 'dist', 'index.html'), 'utf8')).toContain('datetime="2025-12-02"');
    expectSameAsScratch();
  });
});
