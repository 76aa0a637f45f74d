import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/browser/launchChromium.ts';
import { serveFolder } from '../../scripts/serveFolder.ts';
import { buildEnv } from '../helpers/buildEnv.ts';
import { TEST_SITE_URL } from '../helpers/testSiteUrl.ts';

// A copy of the project with a redirects table, so the real content/redirects.json is never touched.
const root = resolve('.');
const copy = mkdtempSync(join(tmpdir(), 'site-redirects-'));
const events: string[] = [];

beforeAll(() => {
  for (const entry of ['src', 'public', 'content/events', 'content/pages', 'content/countries', 'content/formats', 'astro.config.mjs', 'tailwind.config.ts', 'tsconfig.json', 'package.json']) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  const ids = readdirSync(join(root, 'content/events')).filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -4));
  events.push(...ids);
  writeFileSync(join(copy, 'content/redirects.json'), JSON.stringify({ 'old-renamed-event': ids[0] }));
  execFileSync('npm', ['exec', '--', 'astro', 'build'], { cwd: copy, stdio: 'inherit', env: buildEnv() });
});

afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
});

describe('redirects of renamed events', () => {
  test('the old permalink is an Arabic page that refreshes to the new one, with a canonical link', () => {
    const html = readFileSync(join(copy, 'dist/events/old-renamed-event/index.html'), 'utf8');
    expect(html).toMatch(/<html lang="ar" dir="rtl"/);
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=/events/${events[0]}/">`);
    expect(html).toContain(`<link rel="canonical" href="${TEST_SITE_URL}/events/${events[0]}/">`);
    expect(readFileSync(join(copy, 'dist/sitemap-0.xml'), 'utf8')).not.toContain('old-renamed-event');
  });

  test('a browser opening the old permalink lands on the event', async () => {
    const server = await serveFolder(join(copy, 'dist'));
    const { origin } = server;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${origin}/events/old-renamed-event/`);
      await page.waitForURL(`${origin}/events/${events[0]}/`, { timeout: 10_000 });
      expect(await page.locator('h1').count()).toBe(1);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
