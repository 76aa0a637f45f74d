import fs from 'node:fs';
import path from 'node:path';

// What a build needs from the project; content/events is left out because EVENTS_DIR points at the synthetic events,
// but the editors' pages and introductions (content/pages, content/countries, content/formats) are built as usual.
const PROJECT_ENTRIES = ['src', 'public', 'scripts', 'astro.config.mjs', 'tailwind.config.ts', 'tsconfig.json', 'package.json', 'pagefind.yml', 'pagefind.toml', 'pagefind.json'];
// Astro keeps its content data store in node_modules/.astro and Vite its cache in node_modules/.vite:
// sharing them with the checkout would let the benchmark and other builds overwrite each other's store.
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

/** Copies the project at `root` into `dir` with its own node_modules folder of links to the packages of `modulesRoot` (but private caches). */
export function copyProjectForBuild(root: string, dir: string, modulesRoot = root): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const entry of PROJECT_ENTRIES) {
    const from = path.join(root, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, entry), { recursive: true });
  }
  const content = path.join(root, 'content');
  for (const entry of fs.existsSync(content) ? fs.readdirSync(content) : []) {
    if (entry !== 'events') fs.cpSync(path.join(content, entry), path.join(dir, 'content', entry), { recursive: true });
  }
  fs.mkdirSync(path.join(dir, 'content/events'), { recursive: true });
  const modules = path.join(dir, 'node_modules');
  fs.mkdirSync(modules);
  for (const name of fs.readdirSync(path.join(modulesRoot, 'node_modules'))) {
    if (!PRIVATE_CACHES.has(name)) fs.symlinkSync(path.join(modulesRoot, 'node_modules', name), path.join(modules, name));
  }
}
