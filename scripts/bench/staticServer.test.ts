import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { requestPathToFile, serveFolder } from './staticServer.ts';

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
});
