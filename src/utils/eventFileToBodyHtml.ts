import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MARKDOWN_PROCESSOR } from './markdownProcessor.ts';
import { textToBody } from './yaml.ts';

/** The renderer of the site's Markdown processor, made once. */
let renderer: ReturnType<typeof MARKDOWN_PROCESSOR.createRenderer> | undefined;

/**
 * The HTML of an event file's body (its path relative to the project, as the content store keeps it), rendered by the
 * site's Markdown processor. The events collection keeps no HTML in the content store: Astro bundles the store into
 * the build as one module, and 48,661 bodies' HTML made it 105 MB, 12 s for Node to compile whenever it changed
 * (45 MB without: 2.5 s). A page reads its file when it is rendered, and its cacheKey holds the file's digest.
 */
export async function eventFileToBodyHtml(filePath: string): Promise<string> {
  const text = await readFile(path.resolve(process.cwd(), filePath), 'utf8');
  const body = textToBody(text);
  if (body === undefined) throw new Error(`${filePath}: no frontmatter block`);
  renderer ??= MARKDOWN_PROCESSOR.createRenderer({});
  return (await (await renderer).render(body)).code;
}
