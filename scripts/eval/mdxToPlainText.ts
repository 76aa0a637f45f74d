import { textToFrontmatter } from '../../src/utils/yaml.ts';

/** The reader-visible text of an event file: title, summary and body with the ingest's Markdown escapes undone. */
export function mdxToPlainText(mdx: string): string {
  const parsed = textToFrontmatter(mdx);
  const data = (parsed?.frontmatter ?? {}) as { title?: string; summary?: string };
  const body = (parsed?.body ?? mdx)
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/^(#+ |- |\d+\. )/gm, '');
  return [data.title ?? '', data.summary ?? '', body].join('\n');
}
