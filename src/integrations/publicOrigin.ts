import type { AstroIntegration } from 'astro';
import { siteUrlFromEnv } from './siteUrlFromEnv.ts';

/** Sets Astro's `site` from SITE_URL once the command is known: required for `astro build`, local for the others. */
export function publicOrigin(): AstroIntegration {
  return {
    name: 'public-origin',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ site: siteUrlFromEnv(process.env.SITE_URL, command) });
      },
    },
  };
}
