import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { mdxFilesAsMarkdown } from './loaders/mdxFilesAsMarkdown.ts';
import { EVENTS_DIR } from './utils/contentFiles.ts';
import { eventSchema } from './schemas/event.ts';
import { editorialPageSchema, introductionSchema } from './schemas/editorial.ts';


// The ingest's events: escaped plain Markdown, rendered without compiling an MDX module per file.
const events = defineCollection({
  loader: mdxFilesAsMarkdown(EVENTS_DIR),
  schema: eventSchema,
});

// What editors write: compiled by @astrojs/mdx, so it can import and use the site's components.
const pages = defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/pages' }), schema: editorialPageSchema });
const countryIntros = defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/countries' }), schema: introductionSchema });
const formatIntros = defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/formats' }), schema: introductionSchema });

export const collections = { events, pages, countryIntros, formatIntros };
