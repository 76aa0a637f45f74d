import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildEnv } from './helpers/buildEnv.ts';

// Hostile seeds go through the real CLI and the REAL Astro build (@astrojs/mdx 8 on Sätteri), and the built pages
// must show the hostile text literally: nothing runs, nothing becomes markup, the frontmatter stays the pipeline's.
// --force: the content layer cache in node_modules/.astro is shared with other builds and remembers other EVENTS_DIRs.
const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'tests/fixtures/ingest');
const work = mkdtempSync(join(tmpdir(), 'ingest-astro-'));
const seeds = join(work, 'seeds');
const events = join(work, 'events');
const dist = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const hostileSeeds: Record<string, string> = {
  'h1_jsx.txt': 'jsx-expressions-esm/input.txt',
  'h2_yaml.txt': 'yaml-first-line/input.txt',
  'h3_markdown.txt': 'markdown-lookalikes/input.txt',
  'h4_cp1256.txt': 'windows-1256/input.txt',
  'h5_bom_crlf.txt': 'bom-crlf/input.txt',
  'h6a_merge.txt': 'merge-two-seeds/input.txt',
  'h6b_merge.txt': 'merge-two-seeds/input-2.txt',
};

let ingestRun: ReturnType<typeof spawnSync>;
let buildRun: ReturnType<typeof spawnSync>;

beforeAll(() => {
  mkdirSync(seeds);
  for (const [name, source] of Object.entries(hostileSeeds)) copyFileSync(join(fixtures, source), join(seeds, name));
  // A yearless seed made whole by an editorial sidecar whose note is itself hostile.
  copyFileSync(join(fixtures, 'no-year/input.txt'), join(seeds, 'h7_sidecar.txt'));
  writeFileSync(
    join(seeds, 'h7_sidecar.editorial.yml'),
    'date:\n  value: 2025-03-05\n  citation: https://example.org/cited?a=1&b=(2)\n  note: "<script>alert(7)</script> {process.exit(7)}"\n',
  );
  ingestRun = spawnSync(process.execPath, ['scripts/ingest.ts', '--seeds', seeds, '--out', events, '--no-cache', '--quiet'], { cwd: root, encoding: 'utf8' });
  buildRun = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', dist], {
    cwd: root,
    encoding: 'utf8',
    env: buildEnv({ EVENTS_DIR: events }),
    timeout: 540_000,
  });
});

const page = (id: string) => readFileSync(join(dist, 'events', id, 'index.html'), 'utf8');
/** The rendered article body (the MDX content) of an event page: the site's prose block, else the whole <article>. */
function body(id: string): string {
  const html = page(id);
  const prose = html.indexOf('prose-ar');
  if (prose > -1) return html.slice(prose, html.indexOf('</div>', prose));
  const article = html.indexOf('<article');
  expect(article, `no article body in /events/${id}/`).toBeGreaterThan(-1);
  return html.slice(article, html.indexOf('</article>', article));
}

describe('hostile seeds through ingest and the real Astro build', () => {
  test('ingest and build both succeed', () => {
    expect(ingestRun.status, String(ingestRun.stderr)).toBe(0);
    expect(buildRun.status, `${buildRun.stdout}\n${buildRun.stderr}`).toBe(0);
  });

  test('renders JSX, <script>, HTML and expressions as literal text', () => {
    const html = body('2025-03-10-in-strategic-dialogue');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;Foo /&gt;');
    expect(html).toContain('{process.exit(1)}');
    expect(html).toContain('{globalThis.pwned = true}');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(page('2025-03-10-in-strategic-dialogue')).not.toMatch(/<script>alert|<img[^>]*onerror|<foo[\s/>]/i);
  });

  test('renders import and export lines as text, not ESM', () => {
    const html = body('2025-03-10-in-strategic-dialogue');
    expect(html).toMatch(/<p>import x from (&#39;|')y(&#39;|')<\/p>/);
    expect(html).toContain('<p>export const a = 1</p>');
  });

  test('keeps the pipeline’s frontmatter despite YAML-looking lines and --- fences in the article', () => {
    const built = readdirSync(join(dist, 'events')).filter((name) => /^\d{4}-/.test(name));
    expect(built.some((id) => id.startsWith('1999'))).toBe(false);
    const html = page('2025-02-05-vn-joint-working-group');
    expect(html).toMatch(/<h1[^>]*>اليابان وفيتنام تعقدان اجتماعاً لمجموعة العمل المشتركة في هانوي<\/h1>/);
    const text = body('2025-02-05-vn-joint-working-group');
    // The YAML block above the headline is page clutter; the one inside the article stays as text, its fences dropped as rules.
    expect(html).not.toContain('hacked');
    expect(text).toContain('<p>title: x</p>');
    expect(text).toContain('<p>date: 1999-01-01</p>');
    expect(text).not.toContain('<hr');
  });

  test('shows Markdown-looking characters literally', () => {
    const text = body('2025-07-08-eg-economic-dialogue');
    expect(text).toContain('<p># هذا ليس عنواناً</p>');
    expect(text).toContain('<p>&gt; هذا ليس اقتباساً</p>');
    expect(text).toContain('<p>| هذا | ليس | جدولاً |</p>');
    expect(text).toContain('<p>* هذا ليس بنداً</p>');
    expect(text).toContain('&amp;lt;b&amp;gt;');
    expect(text).not.toMatch(/<(blockquote|table|em|strong|code|del|h1)\b/);
    expect(text).not.toContain('href="javascript:');
  });

  test('decodes windows-1256 and UTF-8 with BOM and CRLF', () => {
    expect(page('2025-04-12-ph-summit')).toContain('اليابان والفلبين تعقدان قمة في مانيلا');
    expect(page('2025-06-20-au-foreign-ministers-meeting')).toContain('اليابان وأستراليا تبحثان التعاون الدفاعي في كانبرا');
  });

  test('shows editorial values with their citation links, the note as literal text', () => {
    const text = body('2025-03-05-kr-strategic-dialogue');
    expect(text).toContain('ملاحظة تحريرية');
    expect(text).toContain('href="https://example.org/cited?a=1&amp;b=%282%29"');
    expect(text).toContain('&lt;script&gt;alert(7)&lt;/script&gt; {process.exit(7)}');
  });

  test('builds one page for two seeds about one event, naming both sources', () => {
    expect(existsSync(join(dist, 'events', '2025-05-15-id-foreign-ministers-meeting', 'index.html'))).toBe(true);
    expect(readdirSync(join(dist, 'events')).filter((id) => id.startsWith('2025-05-15'))).toHaveLength(1);
    expect(body('2025-05-15-id-foreign-ministers-meeting')).toContain('href="https://example.org/second-report"');
  });
});
