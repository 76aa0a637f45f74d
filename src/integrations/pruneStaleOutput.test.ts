import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { pruneStaleOutput } from './pruneStaleOutput.ts';

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
    expect(pruneStaleOutput(dir, since, new Set(['events/kept/index.html', 'relinked.png']))).toBe(4);
    const left = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
    expect(left).toEqual(['events/kept/index.html', 'events/new/index.html', 'relinked.png']);
    expect(fs.existsSync(path.join(dir, 'events/gone'))).toBe(false);
  });

  test('leaves the folders another step owns as they are, however old their files', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prune-'));
    for (const file of ['pagefind/fragment/ar_1.pf_fragment', 'pagefind/pagefind.js', 'old.html']) write(file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pruneStaleOutput(dir, Date.now(), new Set(), ['pagefind'])).toBe(1);
    expect(fs.existsSync(path.join(dir, 'pagefind/fragment/ar_1.pf_fragment'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'old.html'))).toBe(false);
  });

  test('a missing folder is nothing to prune', () => {
    dir = path.join(os.tmpdir(), 'prune-none-here');
    expect(pruneStaleOutput(dir, Date.now(), new Set())).toBe(0);
  });
});
