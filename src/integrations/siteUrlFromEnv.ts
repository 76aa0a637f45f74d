/** The origin `astro dev`, `astro preview` and `npm start` use when SITE_URL is not set. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

/** What the Astro CLI is doing, as its integration hooks name it. */
export type AstroCommand = 'dev' | 'build' | 'preview' | 'sync';

/** The message a production build without a public origin stops with. */
export const MISSING_SITE_URL_MESSAGE = [
  'SITE_URL is not set. A production build writes absolute addresses (canonical links, share images, the sitemap,',
  'robots.txt, feeds and exports) and needs the public origin of the site, for example:',
  '  SITE_URL=https://your.domain npm run build',
  `To build and look at the site on this machine, run \`npm start\` (it builds for ${LOCAL_ORIGIN}).`,
].join('\n');

// A production build must never publish localhost addresses, so only dev, preview and sync may fall back to one.
/** Reads SITE_URL for an Astro command: a checked http(s) origin, the local origin outside `build`, else a clear error. */
export function siteUrlFromEnv(value: string | undefined, command: AstroCommand): string {
  const text = value?.trim() ?? '';
  if (text === '') {
    if (command === 'build') throw new Error(MISSING_SITE_URL_MESSAGE);
    return LOCAL_ORIGIN;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL is not a URL: "${text}". Give the public origin, e.g. SITE_URL=https://your.domain`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) address, not "${text}".`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL must be an origin only (scheme, host and port), without a path, query or credentials: "${text}".`);
  }
  return url.origin;
}
