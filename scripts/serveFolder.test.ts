import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { requestPathToFile, serveFolder } from './serveFolder.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-'));
fs.mkdirSync(path.join(root, 'search'));
fs.writeFileSync(path.join(root, 'search/index.html'), '<p>بحث</p>');

describe('requestPathToFile', () => {
  test('returns index.html for a folder path', () => {
    expect(requestPathToFile(root, '/search/?q=x')).toBe(path.join(root, 'search/index.html'));
  });

  test('returns undefined for a path that escapes the folder', () => {
    expect(requestPathToFile(root, '/../../etc/passwd')).toBeUndefined();
  });
});

describe('serveFolder', () => {
  test('returns the file over HTTP with its content type', async () => {
    const server = await serveFolder(root);
    try {
      const response = await fetch(`${server.origin}/search/`);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toBe('<p>بحث</p>');
      expect((await fetch(`${server.origin}/missing/`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  test('compresses text as a static host does, when the browser accepts gzip, and nothing else', async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-gzip-'));
    fs.writeFileSync(path.join(site, 'app.js'), 'console.log("بحث");\n'.repeat(200));
    fs.writeFileSync(path.join(site, 'index.pf_index'), Buffer.from([1, 2, 3]));
    const server = await serveFolder(site);
    try {
      const script = await fetch(`${server.origin}/app.js`, { headers: { 'accept-encoding': 'gzip' } });
      expect(script.headers.get('content-encoding')).toBe('gzip');
      expect(await script.text()).toBe('console.log("بحث");\n'.repeat(200));
      const plain = await fetch(`${server.origin}/app.js`, { headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(plain.headers.get('content-length')).toBe(String(fs.statSync(path.join(site, 'app.js')).size));
      const index = await fetch(`${server.origin}/index.pf_index`, { headers: { 'accept-encoding': 'gzip' } });
      expect(index.headers.get('content-encoding')).toBeNull();
      expect(new Uint8Array(await index.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    } finally {
      await server.close();
    }
  });

  test('returns the site’s 404 page with status 404 for a missing path', async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-404-'));
    fs.writeFileSync(path.join(site, '404.html'), '<p>الصفحة غير موجودة</p>');
    const server = await serveFolder(site);
    try {
      const response = await fetch(`${server.origin}/nope/`);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('<p>الصفحة غير موجودة</p>');
    } finally {
      await server.close();
    }
  });
});
