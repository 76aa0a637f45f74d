import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { textToFrontmatter } from '../utils/yaml.ts';

/** The meta key of each file's size and modification time (nanoseconds) when it was last loaded, by entry id. */
const FILE_TIMES = 'file-times';
/** The meta key of what this loader keeps of an entry, and its value now: a store another version kept is loaded again whole. */
const LAYOUT = 'layout';
const LAYOUT_NOW = 'frontmatter, digest and path (no HTML)';

/**
 * Loads `<dir>/*.mdx` entries: their frontmatter, checked by the schema, their digest and their path. The glob loader
 * would instead compile every .mdx file into its own module of the build: 10,000 events cost ~50 s of bundling and
 * ~2 GB more memory. The ingest writes escaped plain Markdown only, so nothing that needs MDX is lost
 * (tests/mdx-compile.test.ts compiles every entry with @astrojs/mdx to prove it), and an event page renders its body
 * as Markdown from the file (src/utils/eventFileToBodyHtml.ts). Neither the body nor its HTML is stored: Astro
 * writes the store, bundles it into the build as one module and compiles it on every build where it changed (with
 * the HTML, 105 MB at 48,661 events and 12 s to compile; without, 45 MB and 2.5 s). Frontmatter is read with the
 * project's one YAML codec (js-yaml, 8× faster than the yaml package here).
 *
 * A file whose size and modification time are those of its last load is not read again (they are kept in the
 * collection's meta): reading and digesting 10,000 files made the store save itself twice in a one-seed rebuild.
 */
export function mdxFilesAsMarkdown(dir: string): Loader {
  return {
    name: 'mdx-files-as-markdown',
    load: async (context: LoaderContext) => {
      const base = path.resolve(fileURLToPath(context.config.root), dir);
      const sync = async () => {
        const names = (fs.existsSync(base) ? fs.readdirSync(base) : []).filter((name) => name.endsWith('.mdx')).sort();
        if (context.meta.get(LAYOUT) !== LAYOUT_NOW) {
          context.store.clear();
          context.meta.delete(FILE_TIMES);
          context.meta.set(LAYOUT, LAYOUT_NOW);
        }
        const loaded = JSON.parse(context.meta.get(FILE_TIMES) ?? '{}') as Record<string, string>;
        const times: Record<string, string> = {};
        const ids = new Set<string>();
        for (const name of names) {
          const id = name.slice(0, -'.mdx'.length);
          ids.add(id);
          const filePath = path.join(base, name);
          const stat = fs.statSync(filePath, { bigint: true });
          times[id] = `${stat.size}:${stat.mtimeNs}`;
          if (loaded[id] === times[id] && context.store.has(id)) continue;
          const text = fs.readFileSync(filePath, 'utf8');
          const digest = context.generateDigest(text);
          if (context.store.get(id)?.digest === digest) continue;
          const parsed = textToFrontmatter(text);
          if (!parsed) throw new Error(`${filePath}: no frontmatter block`);
          const { frontmatter } = parsed;
          const data = await context.parseData({ id, data: frontmatter as Record<string, unknown>, filePath });
          const relativePath = path.relative(fileURLToPath(context.config.root), filePath);
          context.store.set({ id, data, digest, filePath: relativePath });
        }
        for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
        context.meta.set(FILE_TIMES, JSON.stringify(times));
      };
      await sync();
      // In `astro dev`, edits to the event files re-sync the collection.
      context.watcher?.add(base);
      context.watcher?.on('all', (_event, file) => {
        if (file.startsWith(base) && file.endsWith('.mdx')) void sync();
      });
    },
  };
}
