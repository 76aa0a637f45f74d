import { z } from 'astro/zod';

/** The frontmatter of an editor-written page (`content/pages/<name>.mdx`, published at `/<name>/`). */
export const editorialPageSchema = z
  .object({
    /** The page's heading and title, in Arabic. */
    title: z.string().min(1),
    /** One or two sentences for search engines and link previews. */
    description: z.string().min(1).max(300),
  })
  .strict();

/** An introduction to a country or format hub (`content/countries/<iso>.mdx`, `content/formats/<url-slug>.mdx`): the text is all. */
export const introductionSchema = z.object({}).strict();
