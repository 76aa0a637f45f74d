import { z } from 'astro/zod';

/** A regular expression source that compiles (tested without flags against a line's match key). */
const pattern = z.string().refine((source) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

/** One known clutter pattern and what it removes. */
export const clutterRule = z.object({ pattern, why: z.string().min(1) }).strict();

/** Known site clutter (src/data/clutter.json): the boilerplate stage's fast path. */
export const clutterTable = z
  .object({
    $comment: z.string(),
    /** Whole lines of page furniture. */
    lines: z.array(clutterRule),
    /** Words breadcrumbs are made of: a line of only these is a breadcrumb. */
    breadcrumbWords: z.array(z.string().min(1)),
    /** Lines that open a "read also" block: the rest of the page is another article. */
    readAlso: z.array(clutterRule),
    /** A "read also" opener glued to the headline it links, no space between («اقرأ أيضاالرئيس الصيني …»): the line is that link, and the article goes on after it. */
    readAlsoGlued: z.array(clutterRule),
    /** Lines that stand beside an article's date stamp (its number, its reading time): furniture that a stamp above the headline may have between them. */
    stampCompanions: z.array(clutterRule),
    /** An article's age in place of its date («منذ 3 ساعات», «قبل أسبوع»): furniture, and under a headline a stamp that gives no day. */
    ageStamps: z.array(clutterRule),
    /** A screen reader's words around a list of links («list of 3 items», «end of list»): furniture that frames a "read also" block without counting as one of its lines. */
    listMarkers: z.array(clutterRule),
  })
  .strict();
