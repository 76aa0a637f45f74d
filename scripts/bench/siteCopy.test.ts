import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyProjectForBuild } from './siteCopy.ts';

describe('copyProjectForBuild', () => {
  test('returns a copy whose node_modules links packages but not the Astro and Vite caches, with the editors\' content but no events', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'project-'));
    fs.mkdirSync(path.join(root, 'src/pages'), { recursive: true });
    fs.writeFileSync(path.join(root, 'src/pages/index.astro'), '---\n---');
    fs.writeFileSync(path.join(root, 'astro.config.mjs'), 'export default {}');
    fs.mkdirSync(path.join(root, 'content/events'), { recursive: true });
    fs.writeFileSync(path.join(root, 'content/events/2025-01-07-us-summit.mdx'), '---\n---');
    fs.mkdirSync(path.join(root, 'content/pages'), { recursive: true });
    fs.writeFileSync(path.join(root, 'content/pages/about.mdx'), '# about');
    for (const name of ['astro', '.astro', '.vite', '.bin']) fs.mkdirSync(path.join(root, 'node_modules', name), { recursive: true });
    const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'copy-')), 'site');
    copyProjectForBuild(root, copy);
    expect(fs.readFileSync(path.join(copy, 'src/pages/index.astro'), 'utf8')).toBe('---\n---');
    expect(fs.readdirSync(path.join(copy, 'node_modules')).sort()).toEqual(['.bin', 'astro']);
    expect(fs.lstatSync(path.join(copy, 'node_modules/astro')).isSymbolicLink()).toBe(true);
    expect(fs.readdirSync(path.join(copy, 'content/events'))).toEqual([]);
    expect(fs.readFileSync(path.join(copy, 'content/pages/about.mdx'), 'utf8')).toBe('# about');
  });
});
