// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { publicOrigin } from './src/integrations/publicOrigin.ts';
import { shareImages } from './src/integrations/shareImages.ts';
import { citationFiles } from './src/integrations/citationFiles.ts';
import { incrementalBuildGuard } from './src/integrations/incrementalBuildGuard.ts';
import { staleOutputPruner } from './src/integrations/staleOutputPruner.ts';
import { REDIRECT_TABLE } from './src/utils/redirects.ts';
import { MARKDOWN_PROCESSOR } from './src/utils/markdownProcessor.ts';

// Old event permalinks (content/redirects.json) become Arabic meta-refresh pages in src/pages/events/[id].astro; the sitemap leaves them out.
/** @type {Set<string>} */
const redirectedPaths = new Set(Object.keys(REDIRECT_TABLE).map((id) => `/events/${id}/`));
// The editors' review page (src/pages/review.astro) is not for readers: the sitemap leaves it out too.
const editorsOnlyPaths = new Set(['/review/']);

export default defineConfig({
  // `site`, the public origin behind every absolute address, comes from SITE_URL (src/integrations/publicOrigin.ts).
  trailingSlash: 'always',
  integrations: [incrementalBuildGuard(), publicOrigin(), shareImages(), citationFiles(), mdx(), sitemap({ filter: (page) => !redirectedPaths.has(new URL(page).pathname) && !editorsOnlyPaths.has(new URL(page).pathname) }), staleOutputPruner({ leave: ['pagefind'], listed: ['events'] })],
  // dist is kept between builds (staleOutputPruner, last of the integrations, removes what no longer belongs), so that
  // the incremental build leaves the pages it reuses where they are instead of copying them back from its cache.
  // Pagefind's bundle (dist/pagefind, pagefind.yml) is left to the search step, which writes into it and prunes it
  // (scripts/search-index.ts).
  vite: { plugins: [tailwindcss()], build: { emptyOutDir: false } },
  // A build renders again only the pages whose cacheKey (src/utils/pageCacheKey.ts) or code changed since the last one;
  // the others are copied from Astro's cache (node_modules/.astro/dist). `astro build --force` renders every page, and
  // so does the build after one that was stopped (src/integrations/incrementalBuildGuard.ts).
  // Eight pages rendered at once: one at a time, the build sat idle half of its page-rendering time waiting for each
  // page's file to be written (a CPU profile at 10,000 events); with eight the Astro build took 27 s instead of 34.5.
  build: { concurrency: 8 },
  // One processor for the editors' Markdown and the event pages' bodies, which render outside the content store.
  markdown: { processor: MARKDOWN_PROCESSOR },
  experimental: { incrementalBuild: true },
});
