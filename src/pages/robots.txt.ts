import type { APIContext } from 'astro';

/** robots.txt: everything may be crawled except the search results; the sitemap is named on the public origin. */
export function GET(context: APIContext) {
  const sitemap = new URL('/sitemap-index.xml', context.site).href;
  const body = ['User-agent: *', 'Disallow: /search/', '', `Sitemap: ${sitemap}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
