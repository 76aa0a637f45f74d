import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlToScripts, pageToWeight } from './pageWeight.ts';

describe('htmlToScripts', () => {
  test('returns inline script bytes and script sources, leaving out JSON-LD', () => {
    const html = '<script type="application/ld+json">{"a":1}</script><script>let a=1;</script><script type="module" src="/_astro/x.js"></script>';
    expect(htmlToScripts(html)).toEqual({ inlineBytes: 8, sources: ['/_astro/x.js'] });
  });

  test('returns module preloads as sources', () => {
    expect(htmlToScripts('<link rel="modulepreload" href="/_astro/y.js">').sources).toEqual(['/_astro/y.js']);
  });

  test('returns nothing for a page without script', () => {
    expect(htmlToScripts('<p>نص</p>')).toEqual({ inlineBytes: 0, sources: [] });
  });
});

describe('pageToWeight', () => {
  test('returns HTML bytes, inline script bytes and script file bytes apart', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'weight-'));
    fs.mkdirSync(path.join(dist, 'events/a'), { recursive: true });
    fs.mkdirSync(path.join(dist, '_astro'));
    fs.writeFileSync(path.join(dist, '_astro/x.js'), 'x'.repeat(100));
    const html = '<script>ab</script><script src="../../_astro/x.js"></script>';
    fs.writeFileSync(path.join(dist, 'events/a/index.html'), html);
    expect(pageToWeight(dist, path.join(dist, 'events/a/index.html'))).toEqual({ htmlBytes: html.length, inlineJsBytes: 2, fileJsBytes: 100 });
  });
});
