import { defineCollection } from 'astro:content';
import { mdxFilesAsMarkdown } from './loaders/mdxFilesAsMarkdown.ts';
import { eventSchema } from './schemas/event.ts';

// EVENTS_DIR lets the benchmark build a synthetic corpus without touching content/.
const eventsDir = process.env.EVENTS_DIR ?? './content/events';

const events = defineCollection({
  loader: mdxFilesAsMarkdown(eventsDir),
  schema: eventSchema,
});

export const collections = { events };
