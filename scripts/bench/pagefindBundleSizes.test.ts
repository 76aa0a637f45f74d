import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { pagefindBundleSizes } from './pagefindBundleSizes.ts';

let dir: string | undefined;
afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

function bundle(files: Record<string, number>): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-bundle-'));
  for (const [file, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), Buffer.alloc(bytes));
  }
  return dir;
}

describe('pagefindBundleSizes', () => {
  test('sums each part of the bundle and names the largest filter and index chunk', () => {
    const sizes = pagefindBundleSizes(bundle({
      'pagefind-entry.json': 10,
      'pagefind.ar_1.pf_meta': 400,
      'filter/ar_a.pf_filter': 30,
      'filter/ar_b.pf_filter': 70,
      'index/ar_c.pf_index': 50,
      'index/ar_d.pf_index': 80,
      'fragment/ar_e.pf_fragment': 5,
      'fragment/ar_f.pf_fragment': 7,
      'fragment/ar_g.pf_fragment': 9,
      'pagefind.js': 1000,
    }));
    expect(sizes).toEqual({ metaBytes: 400, filterBytes: 100, largestFilterBytes: 70, indexChunks: 2, largestIndexChunkBytes: 80, fragments: 3, fragmentBytes: 21 });
  });

  test('refuses a folder that is not a Pagefind bundle', () => {
    expect(() => pagefindBundleSizes(bundle({ 'index.html': 10 }))).toThrow(/not a Pagefind bundle/);
  });
});
