// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { eventRedirectsToRoutes } from './src/utils/redirects.ts';

// The public origin of the site; canonical URLs, Open Graph and the sitemap are built from it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/** Old event ids → new ones (written by ingest when a slug changes), so published permalinks keep working. */
function readEventRedirects() {
  const file = new URL('./src/data/redirects.json', import.meta.url);
  if (!existsSync(file)) return {};
  return eventRedirectsToRoutes(JSON.parse(readFileSync(file, 'utf8')));
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  redirects: readEventRedirects(),
  integrations: [mdx(), sitemap()],
  vite: { plugins: [tailwindcss()] },
});
