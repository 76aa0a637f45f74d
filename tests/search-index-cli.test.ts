import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// scripts/search-index.ts, the build's search step, run as `npm run build` runs it (in the project folder, with its
// pagefind.yml), on a project of three event pages of two parts (2015-2019, 2020-2024).
const root = path.resolve(import.meta.dirname, '..');
let project = '';
const bundle = () => path.join(project, 'site', 'pagefind');

// An event page gives its place in the date order as the site's do (SearchTerms.astro); the 404 page none.
const page = (title: string, folder?: string) =>
  `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${title} في طوكيو</p>${folder ? `<span data-pagefind-filter="order:${folder.slice(0, 10)} ${folder}"></span>` : ''}</main></body></html>`;
const eventFile = (folder: string) => path.join(project, 'site', 'events', folder, 'index.html');

/** Every file under `dir` with its bytes. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[path.relative(dir, path.join(entry.parentPath, entry.name))] = fs.readFileSync(path.join(entry.parentPath, entry.name)).toString('base64');
  }
  return files;
}

function searchIndex() {
  return spawnSync(process.execPath, [path.join(root, 'scripts', 'search-index.ts')], { cwd: project, encoding: 'utf8' });
}

const fragments = () => fs.readdirSync(path.join(bundle(), 'fragment')).map((name) => path.join(bundle(), 'fragment', name));

beforeAll(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-cli-'));
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'));
  fs.writeFileSync(path.join(project, 'pagefind.yml'), 'site: site\n');
  for (const [folder, title] of [['2015-03-01-in-summit', 'لقاء الهند'], ['2016-05-02-eg-summit', 'قمة مصر'], ['2024-07-03-ca-phone-call', 'اتصال كندا']]) {
    fs.mkdirSync(path.dirname(eventFile(folder!)), { recursive: true });
    fs.writeFileSync(eventFile(folder!), page(title!, folder));
  }
  // Not an event page: no text marked for Pagefind (a redirect), so in no part and not indexed.
  fs.mkdirSync(path.join(project, 'site', 'events', '1999-01-01-old-name'), { recursive: true });
  fs.writeFileSync(path.join(project, 'site', 'events', '1999-01-01-old-name', 'index.html'), '<!doctype html><meta http-equiv="refresh" content="0;url=/events/2015-03-01-in-summit/">');
});
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

describe('npm run build\'s search step', () => {
  test('indexes the event pages in parts of five years, merged into one bundle', () => {
    const run = searchIndex();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/search-index: 2 parts \(2 indexed again\) merged into site\/pagefind/);
    expect(fs.readdirSync(path.join(project, '.cache', 'search-index', 'parts')).sort()).toEqual(['2015-2019', '2020-2024']);
    expect(fragments()).toHaveLength(3);
    // Named by their date order, so that the search page sorts results by date from their names.
    expect(fs.readdirSync(path.join(bundle(), 'fragment')).sort()).toEqual(['2015030100.pf_fragment', '2016050200.pf_fragment', '2024070300.pf_fragment']);
  });

  test('run again, it indexes nothing and writes nothing', () => {
    const before = tree(bundle());
    const run = searchIndex();
    expect(run.stdout).toMatch(/2 parts \(0 indexed again\) merged into site\/pagefind: 0 files written, 0 files of earlier bundles removed/);
    expect(tree(bundle())).toEqual(before);
  });

  test('after one page changes, its part alone is indexed again, and the bundle is the one a build from nothing writes', () => {
    fs.writeFileSync(eventFile('2016-05-02-eg-summit'), page('قمة مصر والأردن', '2016-05-02-eg-summit'));
    const run = searchIndex();
    expect(run.stdout).toMatch(/2 parts \(1 indexed again\)/);
    const incremental = tree(bundle());
    fs.rmSync(bundle(), { recursive: true });
    fs.rmSync(path.join(project, '.cache'), { recursive: true });
    expect(searchIndex().stdout).toMatch(/2 parts \(2 indexed again\)/);
    expect(tree(bundle())).toEqual(incremental);
  });

  test('a page added before another of its day takes that one\'s name, which then holds the new page: as a build from nothing writes it', () => {
    const before = fs.readFileSync(path.join(bundle(), 'fragment', '2016050200.pf_fragment'));
    fs.mkdirSync(path.dirname(eventFile('2016-05-02-ae-call')), { recursive: true });
    fs.writeFileSync(eventFile('2016-05-02-ae-call'), page('اتصال الإمارات', '2016-05-02-ae-call'));
    expect(searchIndex().status).toBe(0);
    const incremental = tree(bundle());
    expect(Object.keys(incremental).filter((file) => file.startsWith('fragment/')).sort()).toEqual(['fragment/2015030100.pf_fragment', 'fragment/2016050200.pf_fragment', 'fragment/2016050201.pf_fragment', 'fragment/2024070300.pf_fragment']);
    expect(fs.readFileSync(path.join(bundle(), 'fragment', '2016050201.pf_fragment'))).toEqual(before);
    fs.rmSync(bundle(), { recursive: true });
    fs.rmSync(path.join(project, '.cache'), { recursive: true });
    expect(searchIndex().status).toBe(0);
    expect(tree(bundle())).toEqual(incremental);
    // And gone again, the later page takes its name back.
    fs.rmSync(path.dirname(eventFile('2016-05-02-ae-call')), { recursive: true });
    expect(searchIndex().status).toBe(0);
    expect(fs.readFileSync(path.join(bundle(), 'fragment', '2016050200.pf_fragment'))).toEqual(before);
    expect(fragments()).toHaveLength(3);
  });

  test('after a page is removed, its fragment goes with the next run, and so does a part left without pages', () => {
    fs.rmSync(path.dirname(eventFile('2024-07-03-ca-phone-call')), { recursive: true });
    const run = searchIndex();
    expect(run.stdout).toMatch(/search-index: 1 parts \(0 indexed again\) merged .* [1-9]\d* files of earlier bundles removed/);
    expect(fragments()).toHaveLength(2);
    expect(fs.readdirSync(path.join(project, '.cache', 'search-index', 'parts'))).toEqual(['2015-2019']);
  });

  test('a file a stopped run left half written is found, and the bundle written again from an empty folder', () => {
    const [fragment] = fragments();
    const whole = fs.readFileSync(fragment!);
    fs.writeFileSync(fragment!, whole.subarray(0, 10));
    const run = searchIndex();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1 files of site\/pagefind do not hold what their names say .*writing it again into an empty folder/);
    expect(fs.readFileSync(fragment!)).toEqual(whole);
  });

  test("so is another page's content under a fragment's name (Pagefind's short hashes can meet across runs)", () => {
    const [one, other] = fragments();
    const whole = fs.readFileSync(one!);
    fs.copyFileSync(other!, one!);
    expect(searchIndex().status).toBe(0);
    expect(fs.readFileSync(one!)).toEqual(whole);
  });

  test('a bundle this step did not write (another version, an earlier design) is not reused either', () => {
    const entryFile = path.join(bundle(), 'pagefind-entry.json');
    // The same page's content under the same name, compressed otherwise (as another version might): it holds what its
    // name says, but not the bytes this step writes.
    const [fragment] = fragments();
    const whole = fs.readFileSync(fragment!);
    fs.writeFileSync(fragment!, gzipSync(gunzipSync(whole), { level: 1 }));
    expect(fs.readFileSync(fragment!)).not.toEqual(whole);
    fs.writeFileSync(entryFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(entryFile, 'utf8')), version: '0.0.1' }));
    expect(searchIndex().status).toBe(0);
    expect(fs.readFileSync(fragment!)).toEqual(whole);
  });

  test('with no event page, the bundle indexes the 404 page alone, and the next build with events starts afresh', () => {
    const events = path.join(project, 'site', 'events');
    fs.writeFileSync(path.join(project, 'site', '404.html'), page('الصفحة غير موجودة'));
    fs.renameSync(events, `${events}-away`);
    const run = searchIndex();
    fs.renameSync(`${events}-away`, events);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/no event page, so site\/pagefind indexes the 404 page alone/);
    expect(fragments()).toHaveLength(1);
    expect(searchIndex().stdout).toMatch(/1 parts \(1 indexed again\)/);
    expect(fragments()).toHaveLength(2);
  });

  test('when Pagefind fails, the step fails and says so', () => {
    // An option Pagefind cannot read (it wants a list): it stops before indexing.
    fs.writeFileSync(path.join(project, 'pagefind.yml'), 'site: site\nexclude_selectors: "nav"\n');
    fs.rmSync(path.join(project, '.cache'), { recursive: true, force: true });
    const run = searchIndex();
    fs.writeFileSync(path.join(project, 'pagefind.yml'), 'site: site\n');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/search-index: pagefind failed/);
  });
});
