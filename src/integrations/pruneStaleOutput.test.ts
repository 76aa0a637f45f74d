import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { filesInFolders, pruneStaleOutput } from './pruneStaleOutput.ts';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (file: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), file);
};

describe('pruneStaleOutput', () => {
  test('keeps files written since the start and files listed as kept; deletes the rest and the folders it empties', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prune-'));
    for (const file of ['events/kept/index.html', 'events/gone/index.html', 'events/gone/cite.bib', 'og/events/gone.png', 'og/site.png', 'relinked.png']) write(file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const since = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
    write('events/new/index.html');
    // A hard link made again (as the share images are) keeps the old times of its inode: it is kept by name.
    fs.rmSync(path.join(dir, 'relinked.png'));
    fs.linkSync(path.join(dir, 'og/site.png'), path.join(dir, 'relinked.png'));
    expect(pruneStaleOutput(dir, since, new Set(['events/kept/index.html', 'relinked.png'])).pruned).toBe(4);
    const left = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
    expect(left).toEqual(['events/kept/index.html', 'events/new/index.html', 'relinked.png']);
    expect(fs.existsSync(path.join(dir, 'events/gone'))).toBe(false);
  });

  test('lists the files of the listed folders found among the kept ones', () => {
    expect(filesInFolders(['events/a/index.html', 'eventsx/b.html', 'index.html', 'og/events/a.png'], ['events', 'og'])).toEqual(['events/a/index.html', 'og/events/a.png']);
  });

  test('leaves the folders another step owns as they are, however old their files', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prune-'));
    for (const file of ['pagefind/fragment/ar_1.pf_fragment', 'pagefind/pagefind.js', 'old.html']) write(file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pruneStaleOutput(dir, Date.now(), new Set(), { leave: ['pagefind'] }).pruned).toBe(1);
    expect(fs.existsSync(path.join(dir, 'pagefind/fragment/ar_1.pf_fragment'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'old.html'))).toBe(false);
  });

  test('walks a listed folder that has no list yet, and lists the files it leaves there', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prune-'));
    for (const file of ['events/a/index.html', 'events/a/cite.bib', 'events/gone/index.html', 'index.html']) write(file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const result = pruneStaleOutput(dir, Date.now(), new Set(['events/a/index.html', 'events/a/cite.bib', 'index.html']), { listed: ['events'] });
    expect(result.pruned).toBe(1);
    expect(result.listed.sort()).toEqual(['events/a/cite.bib', 'events/a/index.html']);
    expect(fs.existsSync(path.join(dir, 'events/gone'))).toBe(false);
  });

  test('checks a listed folder against the last list without walking it: stale listed files go, with the folders they empty', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prune-'));
    const last = ['events/a/index.html', 'events/a/cite.bib', 'events/gone/index.html', 'events/gone/cite.bib', 'events/rewritten/index.html', 'events/vanished/index.html'];
    for (const file of [...last.filter((file) => !file.startsWith('events/vanished')), 'events/unlisted/index.html', 'old.html']) write(file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const since = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
    write('events/rewritten/index.html');
    write('events/b/index.html');
    const result = pruneStaleOutput(dir, since, new Set(['events/a/index.html', 'events/a/cite.bib', 'events/b/index.html']), { listed: ['events'], lastListed: new Set(last) });
    // the stale listed files and the unlisted old page outside the folder; a file in it that no build listed is not seen
    expect(result.pruned).toBe(3);
    expect(fs.existsSync(path.join(dir, 'events/gone'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'old.html'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'events/unlisted/index.html'))).toBe(true);
    expect(result.listed.sort()).toEqual(['events/a/cite.bib', 'events/a/index.html', 'events/b/index.html', 'events/rewritten/index.html']);
  });

  test('lists the kept files of a listed folder at the scale of an archive (three files for each of 100,000 events)', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prune-'));
    write('events/e0/index.html');
    const kept = new Set(Array.from({ length: 300_000 }, (_, i) => `events/e${Math.floor(i / 3)}/${['index.html', 'cite.bib', 'cite.json'][i % 3]}`));
    expect(pruneStaleOutput(dir, Date.now(), kept, { listed: ['events'], lastListed: new Set() }).listed).toHaveLength(300_000);
  });

  test('a missing folder is nothing to prune', () => {
    dir = path.join(os.tmpdir(), 'prune-none-here');
    expect(pruneStaleOutput(dir, Date.now(), new Set())).toEqual({ pruned: 0, listed: [] });
  });
});
