import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { eventSchema } from './schemas/event.ts';

// EVENTS_DIR lets the benchmark build a synthetic corpus without touching content/.
const eventsDir = process.env.EVENTS_DIR ?? './content/events';

const events = defineCollection({
  loader: glob({ pattern: '*.mdx', base: eventsDir }),
  schema: eventSchema,
});

export const collections = { events };
