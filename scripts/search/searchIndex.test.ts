import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pfFileMatchesName } from './pfFileMatchesName.ts';
import { pfMetaToFiles } from './pfMetaToFiles.ts';
import { pruneSearchBundle, type CheckedFiles } from './pruneSearchBundle.ts';
import { readPagefindEntry, searchBundleFiles } from './searchBundleFiles.ts';

// The real Pagefind on a site of a few pages: a bundle written into an earlier one and pruned must be, file for file
// and byte for byte, the bundle Pagefind writes into an empty folder.
const root = path.resolve(import.meta.dirname, '../..');
const pagefindBin = path.join(root, 'node_modules', '.bin', 'pagefind');
let work = '';

const page = (title: string, body: string, format: string) =>
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${body}</p><span data-pagefind-filter="format">${format}</span></main></body></html>`;

/** Writes the pages of `site` (path → html) into `dir`, leaving anything else there (an earlier bundle). */
function writeSite(dir: string, pages: Record<string, string>): void {
  for (const [file, html] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
}

function runPagefind(site: string): void {
  const run = spawnSync(pagefindBin, ['--site', site], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pagefind failed: ${run.stdout}${run.stderr}`);
}

/** Every file under `dir` with the hash of its bytes. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[path.relative(dir, path.join(entry.parentPath, entry.name))] = createHash('sha256').update(fs.readFileSync(path.join(entry.parentPath, entry.name))).digest('hex');
  }
  return files;
}

const first = {
  'events/a/index.html': page('لقاء وزيري الخارجية', 'التقى وزير الخارجية الياباني نظيره الهندي في طوكيو', 'foreign-ministers-meeting'),
  'events/b/index.html': page('قمة يابانية مصرية', 'عقد رئيس الوزراء الياباني قمة مع الرئيس المصري في القاهرة', 'summit'),
  'events/c/index.html': page('حوار 2+2', 'عقدت اليابان وأستراليا حوار 2+2 في سيدني', '2+2-ministerial'),
};
// One page changed, one removed, one added: new words, a filter value gone, fragments gone.
const second = {
  'events/a/index.html': page('لقاء وزيري الخارجية', 'التقى وزير الخارجية الياباني نظيره الهندي في نيودلهي لبحث الممر الاقتصادي', 'foreign-ministers-meeting'),
  'events/b/index.html': first['events/b/index.html'],
  'events/d/index.html': page('اتصال هاتفي', 'أجرى رئيس الوزراء الياباني اتصالا هاتفيا مع رئيس وزراء كندا', 'phone-call'),
};

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('a Pagefind bundle written into the last one', () => {
  test('pfMetaToFiles names exactly the fragments, index chunks and filter files Pagefind wrote', () => {
    const site = path.join(work, 'named');
    writeSite(site, first);
    runPagefind(site);
    const bundle = path.join(site, 'pagefind');
    const entry = readPagefindEntry(bundle)!;
    const meta = fs.readFileSync(path.join(bundle, `pagefind.${entry.languages.ar!.hash}.pf_meta`));
    const written = Object.keys(tree(bundle)).filter((file) => /^(fragment|index|filter)\//.test(file));
    expect(pfMetaToFiles(meta).sort()).toEqual(written.sort());
    expect(pfMetaToFiles(meta).filter((file) => file.startsWith('fragment/'))).toHaveLength(3);
    expect(searchBundleFiles(bundle, entry)).toContain('wasm.ar.pagefind');
  });

  test('pruned, it is byte for byte the bundle of a run into an empty folder', () => {
    const editor = path.join(work, 'editor');
    writeSite(editor, first);
    runPagefind(editor);
    const before = tree(path.join(editor, 'pagefind'));
    fs.rmSync(path.join(editor, 'events', 'c'), { recursive: true });
    writeSite(editor, second);
    runPagefind(editor);
    // Pagefind kept the earlier bundle's hashed files: the removed page's fragment is still there before pruning.
    const unpruned = tree(path.join(editor, 'pagefind'));
    const stale = Object.keys(before).filter((file) => /^(fragment|index|filter)\//.test(file) && !(file in tree(freshBundle())));
    expect(stale.length).toBeGreaterThan(0);
    for (const file of stale) expect(unpruned).toHaveProperty([file]);

    expect(pruneSearchBundle(path.join(editor, 'pagefind'))).toEqual({ pruned: Object.keys(unpruned).length - Object.keys(tree(freshBundle())).length, unsound: [] });
    expect(tree(path.join(editor, 'pagefind'))).toEqual(tree(freshBundle()));
  });

  test('every hashed file of a bundle holds what its name says; a file under the name of another does not', () => {
    const bundle = freshBundle();
    const hashed = Object.keys(tree(bundle)).filter((file) => /\.pf_(fragment|index|filter|meta)$/.test(file));
    expect(hashed.length).toBeGreaterThan(5);
    for (const file of hashed) expect(pfFileMatchesName(file, fs.readFileSync(path.join(bundle, file))), file).toBe(true);
    const [one, other] = hashed.filter((file) => file.startsWith('fragment/'));
    expect(pfFileMatchesName(one!, fs.readFileSync(path.join(bundle, other!)))).toBe(false);
    expect(pfFileMatchesName(one!, fs.readFileSync(path.join(bundle, one!)).subarray(0, 12))).toBe(false);
  });

  test('a file found sound before and not written since is not read again; one written since is', () => {
    const bundle = path.join(work, 'checked');
    fs.cpSync(freshBundle(), bundle, { recursive: true });
    const first = { last: {}, next: {} as CheckedFiles };
    expect(pruneSearchBundle(bundle, {}, first).unsound).toEqual([]);
    const [fragment] = Object.keys(first.next).filter((file) => file.startsWith('fragment/'));
    // Another page's content under its name: a record of the file as it now stands is believed without reading it.
    const other = Object.keys(first.next).find((file) => file.startsWith('fragment/') && file !== fragment)!;
    fs.copyFileSync(path.join(bundle, other), path.join(bundle, fragment!));
    const stat = fs.statSync(path.join(bundle, fragment!), { bigint: true });
    const asItStands: CheckedFiles = { ...first.next, [fragment!]: [Number(stat.size), String(stat.mtimeNs), String(stat.ino), fragment!] };
    expect(pruneSearchBundle(bundle, {}, { last: asItStands, next: {} }).unsound).toEqual([]);
    // The record of the file as it was: the file was written since, so it is read and found out.
    expect(pruneSearchBundle(bundle, {}, { last: first.next, next: {} }).unsound).toEqual([fragment]);
  });

  test('a folder without a bundle is an error naming it', () => {
    expect(() => pruneSearchBundle(path.join(work, 'nothing'))).toThrow(/nothing: no pagefind-entry\.json/);
  });

  test('a metadata file that is not Pagefind\'s is an error', () => {
    expect(() => pfMetaToFiles(new Uint8Array([1, 2, 3]))).toThrow();
  });
});

/** The second site indexed into an empty folder (built once). */
let fresh = '';
function freshBundle(): string {
  if (!fresh) {
    const site = path.join(work, 'fresh');
    writeSite(site, second);
    runPagefind(site);
    fresh = path.join(site, 'pagefind');
  }
  return fresh;
}
