import { satteri } from '@astrojs/markdown-satteri';

/**
 * The site's Markdown processor (Astro's default, Sätteri, with its default features): astro.config.mjs sets it as
 * `markdown.processor`, and the event pages render their bodies with it (eventFileToBodyHtml.ts), so the two agree.
 */
export const MARKDOWN_PROCESSOR = satteri();
