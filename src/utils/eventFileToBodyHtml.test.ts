import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { eventFileToBodyHtml } from './eventFileToBodyHtml.ts';

const dir = mkdtempSync(join(tmpdir(), 'event-body-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** A file in the temporary folder, named as the content store names it: relative to the project (the working folder). */
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return relative(process.cwd(), join(dir, name));
};

describe('eventFileToBodyHtml', () => {
  test('renders the body after the frontmatter as Markdown, never the frontmatter', async () => {
    const path = file('a.mdx', '---\ntitle: "عنوان"\n---\nفقرة أولى.\n\n## الخلفية\n\nفقرة \\<b\\> ثانية.\n');
    expect(await eventFileToBodyHtml(path)).toBe('<p>فقرة أولى.</p>\n<h2 id="الخلفية">الخلفية</h2>\n<p>فقرة &lt;b&gt; ثانية.</p>\n');
  });

  test('a byte-order mark and Windows line ends before the frontmatter', async () => {
    const path = file('b.mdx', '\uFEFF---\r\ntitle: "x"\r\n---\r\nنص.\r\n');
    expect(await eventFileToBodyHtml(path)).toBe('<p>نص.</p>\n');
  });

  test('a file without frontmatter is an error naming it', async () => {
    const path = file('c.mdx', 'نص بلا رأس.\n');
    await expect(eventFileToBodyHtml(path)).rejects.toThrow(`${path}: no frontmatter block`);
  });
});
