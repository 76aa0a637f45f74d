import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../scripts/browser/launchChromium.ts';
import { collapseSpaces } from '../src/utils/collapseSpaces.ts';
import { folderToSeeds, seedsToPlan } from './helpers/seedsInMemory.ts';

// The events are .mdx files that the site renders as Markdown (src/loaders/mdxFilesAsMarkdown.ts), because compiling
// 10,000 MDX modules is slow. That holds only if MDX would render them the same. This test compiles every generated
// entry with @astrojs/mdx for real, in an Astro build of tests/fixtures/mdx-site (the project's MDX integration and
// Markdown options), renders the same entry through the fast path in that build, and compares what a reader sees.
const root = resolve(import.meta.dirname, '..');
const site = join(root, 'tests/fixtures/mdx-site');
const fixtures = join(root, 'tests/fixtures/ingest');
const work = mkdtempSync(join(tmpdir(), 'mdx-compile-'));
const entriesDir = join(work, 'entries');

/** Entry file name (without .mdx) → its text; the same text is compiled once. */
const entries = new Map<string, string>();
const add = (name: string, text: string) => {
  if (![...entries.values()].includes(text)) entries.set(name, text);
};
const label = (name: string) => `seeds/${name}`;
const generate = (dir: string) => seedsToPlan(folderToSeeds(dir, label), label).built;

// The committed event files and fixture expectations…
for (const name of readdirSync(join(root, 'content/events')).filter((file) => file.endsWith('.mdx')).sort()) {
  add(`event-${name.slice(0, -4)}`, readFileSync(join(root, 'content/events', name), 'utf8'));
}
const fixtureFolders = readdirSync(fixtures, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
const fixtureNames = fixtureFolders.filter((name) => existsSync(join(fixtures, name, 'expected.mdx')));
for (const name of fixtureNames) add(`fixture-${name}`, readFileSync(join(fixtures, name, 'expected.mdx'), 'utf8'));
// …and what the ingest code writes now for the same seeds (identical unless the files are stale, which the fixture
// tests report): this test follows the current escaping code, not only what it wrote last time.
for (const event of generate(join(root, 'seeds'))) add(`generated-${event.id}`, event.mdx);
for (const name of fixtureFolders) for (const event of generate(join(fixtures, name))) add(`generated-fixture-${name}`, event.mdx);
// A yearless seed completed by an editorial sidecar whose note is itself hostile (lists, links, the note's text).
const sidecarCase = join(work, 'sidecar-case');
mkdirSync(sidecarCase);
writeFileSync(join(sidecarCase, 'input.txt'), readFileSync(join(fixtures, 'no-year/input.txt')));
writeFileSync(
  join(sidecarCase, 'input.editorial.yml'),
  'date:\n  value: 2025-03-05\n  citation: https://example.org/cited?a=1&b=(2)\n  note: "<script>alert(7)</script> {process.exit(7)} <Foo /> *x* `y` [z](javascript:1)"\n',
);
for (const event of generate(sidecarCase)) add('generated-hostile-sidecar', event.mdx);

let build: ReturnType<typeof spawnSync>;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(entriesDir);
  for (const [name, text] of entries) writeFileSync(join(entriesDir, `${name}.mdx`), text);
  build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: site,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', MDX_COMPILE_ENTRIES: entriesDir, MDX_COMPILE_OUT: join(work, 'dist'), MDX_COMPILE_CACHE: join(work, 'cache') },
    timeout: 240_000,
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(join(site, '.astro'), { recursive: true, force: true });
});

/** The end of the build's output, where Astro names the entry that failed (the bundler's warnings come before). */
const buildLog = () => `${build.stdout}\n${build.stderr}`.slice(-3000);

/** What a reader sees of each rendering of one entry: the text, and the elements that carry it. */
async function renderings(name: string) {
  expect(build.status, `the fixture site did not build:\n${buildLog()}`).toBe(0);
  const page = await browser.newPage({ javaScriptEnabled: false });
  try {
    await page.setContent(readFileSync(join(work, 'dist', name, 'index.html'), 'utf8'));
    const read = (selector: string) =>
      page.locator(selector).evaluate((section: HTMLElement) => ({
        text: section.innerText,
        elements: [...section.querySelectorAll('*')].map((element) => [element.localName, element.getAttribute('href') ?? ''].join(' ').trim()),
      }));
    const [compiled, fastPath] = [await read('#compiled'), await read('#fast-path')];
    return { compiled: { ...compiled, text: collapseSpaces(compiled.text) }, fastPath: { ...fastPath, text: collapseSpaces(fastPath.text) } };
  } finally {
    await page.close();
  }
}

describe('every generated entry compiled as MDX by @astrojs/mdx renders as the Markdown fast path does', () => {
  test('the entries include every event, every fixture event and the hostile ones', () => {
    expect([...entries.keys()].filter((name) => name.startsWith('event-'))).toHaveLength(readdirSync(join(root, 'content/events')).filter((file) => file.endsWith('.mdx')).length);
    expect(fixtureNames).toEqual(expect.arrayContaining(['jsx-expressions-esm', 'markdown-lookalikes', 'yaml-first-line']));
    expect(entries.has('generated-hostile-sidecar')).toBe(true);
  });

  test('the fixture site builds: every entry compiles as an MDX module', () => {
    expect(build.status, buildLog()).toBe(0);
    expect(readdirSync(join(work, 'dist')).sort()).toEqual([...entries.keys()].sort());
  });

  test.each([...entries.keys()])('%s: same visible text, same elements', async (name) => {
    const { compiled, fastPath } = await renderings(name);
    expect(fastPath.text.length, 'the fast path rendered nothing').toBeGreaterThan(100);
    expect(compiled.text).toBe(fastPath.text);
    expect(compiled.elements).toEqual(fastPath.elements);
    // And nothing became markup the article did not ask for: only paragraphs, headings, lists and links.
    expect(compiled.elements.map((element) => element.split(' ')[0]).filter((tag) => !['p', 'h2', 'ul', 'ol', 'li', 'a'].includes(tag!))).toEqual([]);
  });
});
