import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { linkOrCopy } from './linkOrCopy.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'link-or-copy-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('linkOrCopy', () => {
  test('links the file into a new folder, replacing what was there', () => {
    const source = path.join(dir, 'cache.png');
    fs.writeFileSync(source, 'png bytes');
    const target = path.join(dir, 'dist/og/events/a.png');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, 'old');
    linkOrCopy(source, target);
    expect(fs.readFileSync(target, 'utf8')).toBe('png bytes');
    expect(fs.statSync(target).ino).toBe(fs.statSync(source).ino);
    // Removing the cached file later leaves the built one in place.
    fs.rmSync(source);
    expect(fs.readFileSync(target, 'utf8')).toBe('png bytes');
  });

  test('leaves a target that is already a link to the source as it is, and replaces one that is not', () => {
    const source = path.join(dir, 'cached.bib');
    fs.writeFileSync(source, 'bib');
    const target = path.join(dir, 'dist/events/a/cite.bib');
    linkOrCopy(source, target);
    const before = fs.statSync(target);
    linkOrCopy(source, target);
    expect(fs.statSync(target).ctimeMs).toBe(before.ctimeMs);
    const other = path.join(dir, 'other.bib');
    fs.writeFileSync(other, 'other bib');
    linkOrCopy(other, target);
    expect(fs.readFileSync(target, 'utf8')).toBe('other bib');
  });
});
