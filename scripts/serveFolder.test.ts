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
