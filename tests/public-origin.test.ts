import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildEnv } from './helpers/buildEnv.ts';

// The real Astro CLI, as `npm run build` runs it, in an environment without SITE_URL.
const root = resolve(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'no-site-url-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** A build's environment without SITE_URL, plus `extra`. */
function envWithout(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = buildEnv();
  delete env.SITE_URL;
  return { ...env, ...extra };
}

function astro(args: string[], extra: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args], { cwd: root, encoding: 'utf8', env: envWithout(extra), timeout: 120_000 });
}

describe('the public origin', () => {
  test('a production build without SITE_URL stops at once with a message that says what to do, and writes nothing', () => {
    const run = astro(['build', '--outDir', join(out, 'dist')]);
    expect(run.status).not.toBe(0);
    const output = `${run.stdout}\n${run.stderr}`;
    expect(output).toContain('SITE_URL is not set');
    expect(output).toContain('SITE_URL=https://your.domain npm run build');
    expect(output).toContain('npm start');
    expect(existsSync(join(out, 'dist'))).toBe(false);
  });

  test('a SITE_URL that is not an origin is refused by name', () => {
    const run = astro(['build', '--outDir', join(out, 'dist')], { SITE_URL: 'https://example.org/timeline/' });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}\n${run.stderr}`).toContain('SITE_URL must be an origin only');
  });

  test('the dev server works without SITE_URL, on the local origin', async () => {
    const port = 4391;
    const dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, env: envWithout(), stdio: 'ignore' });
    try {
      let html = '';
      for (let attempt = 0; attempt < 120 && !html; attempt++) {
        await new Promise((done) => setTimeout(done, 500));
        html = await fetch(`http://127.0.0.1:${port}/`).then((r) => (r.ok ? r.text() : ''), () => '');
      }
      expect(html).toContain('<link rel="canonical" href="http://localhost:4321/">');
      expect(html).toContain('<meta property="og:image" content="http://localhost:4321/og/site.png">');
      // The share image is drawn on demand by the dev server too.
      const image = await fetch(`http://127.0.0.1:${port}/og/site.png`);
      expect(image.headers.get('content-type')).toBe('image/png');
      expect((await image.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    } finally {
      dev.kill();
    }
  });
});
