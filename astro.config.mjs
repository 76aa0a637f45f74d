// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

// The public origin of the site; canonical URLs, Open Graph and the sitemap are built from it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

// Old event permalinks (src/data/redirects.json) become Arabic meta-refresh pages in src/pages/events/[id].astro; the sitemap leaves them out.
const redirectsFile = new URL('./src/data/redirects.json', import.meta.url);
/** @type {Set<string>} */
const redirectedPaths = new Set(existsSync(redirectsFile) ? Object.keys(JSON.parse(readFileSync(redirectsFile, 'utf8'))).map((id) => `/events/${id}/`) : []);

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap({ filter: (page) => !redirectedPaths.has(new URL(page).pathname) })],
  vite: { plugins: [tailwindcss()] },
});
