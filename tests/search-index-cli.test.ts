import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// scripts/search-index.ts, the build's search step, run as `npm run build` runs it (in the project folder, with its
// pagefind.yml), on a project of three pages.
const root = path.resolve(import.meta.dirname, '..');
let project = '';
const bundle = () => path.join(project, 'site', 'pagefind');

const page = (title: string) => `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${title} في طوكيو</p></main></body></html>`;

function searchIndex() {
  return spawnSync(process.execPath, [path.join(root, 'scripts', 'search-index.ts')], { cwd: project, encoding: 'utf8' });
}

const fragments = () => fs.readdirSync(path.join(bundle(), 'fragment')).map((name) => path.join(bundle(), 'fragment', name));

beforeAll(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-cli-'));
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'));
  fs.writeFileSync(path.join(project, 'pagefind.yml'), 'site: site\n');
  for (const [name, title] of [['a', 'لقاء الهند'], ['b', 'قمة مصر'], ['c', 'اتصال كندا']]) {
    fs.mkdirSync(path.join(project, 'site', name), { recursive: true });
    fs.writeFileSync(path.join(project, 'site', name, 'index.html'), page(title!));
  }
});
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

describe('npm run build\'s search step', () => {
  test('indexes the site into its bundle', () => {
    const run = searchIndex();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/search-index: 0 files of earlier bundles removed from site\/pagefind/);
    expect(fragments()).toHaveLength(3);
  });

  test('after a page is removed, its fragment goes with the next run', () => {
    fs.rmSync(path.join(project, 'site', 'c'), { recursive: true });
    const run = searchIndex();
    expect(run.stdout).toMatch(/search-index: [1-9]\d* files of earlier bundles removed/);
    expect(fragments()).toHaveLength(2);
  });

  test('a file a stopped run left half written is found, and the bundle written again from an empty folder', () => {
    const [fragment] = fragments();
    const whole = fs.readFileSync(fragment!);
    fs.writeFileSync(fragment!, whole.subarray(0, 10));
    const run = searchIndex();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1 files of site\/pagefind do not hold what their names say .*indexing again/);
    expect(fs.readFileSync(fragment!)).toEqual(whole);
  });

  test("so is another page's content under a fragment's name (Pagefind's short hashes can meet across runs)", () => {
    const [one, other] = fragments();
    const whole = fs.readFileSync(one!);
    fs.copyFileSync(other!, one!);
    expect(searchIndex().status).toBe(0);
    expect(fs.readFileSync(one!)).toEqual(whole);
  });

  test('a bundle of another Pagefind version is not reused either', () => {
    const entryFile = path.join(bundle(), 'pagefind-entry.json');
    // The same page's content under the same name, compressed otherwise (as another version might): it holds what its
    // name says, but not the bytes this version writes.
    const [fragment] = fragments();
    const whole = fs.readFileSync(fragment!);
    fs.writeFileSync(fragment!, gzipSync(gunzipSync(whole), { level: 1 }));
    expect(fs.readFileSync(fragment!)).not.toEqual(whole);
    fs.writeFileSync(entryFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(entryFile, 'utf8')), version: '0.0.1' }));
    expect(searchIndex().status).toBe(0);
    expect(fs.readFileSync(fragment!)).toEqual(whole);
  });

  test('when Pagefind fails, the step fails and says so', () => {
    fs.writeFileSync(path.join(project, 'pagefind.yml'), 'site: site\nglob: "{"\n');
    const run = searchIndex();
    fs.writeFileSync(path.join(project, 'pagefind.yml'), 'site: site\n');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/search-index: pagefind failed/);
  });
});
