import { z } from 'astro/zod';

const words = z.array(z.string().min(1)).min(1);

/** What page furniture is made of (src/data/boilerplate.json), for the boilerplate stage. */
export const boilerplateTable = z
  .object({
    $comment: z.string(),
    /** Words of site interfaces and social networks; a line mostly made of them is furniture. */
    interfaceWords: words,
    /** Phrases that open a block after the article (related, most read, comments): what follows is not the article. */
    tailOpeners: words,
    /** Words of photo credits and captions. */
    creditMarkers: words,
    /** Words of wire-service sign-offs after the last paragraph («انتهى», «(النهاية)»). */
    signOffs: words,
    /** Wires a byline credits under the headline («وكالات», «أ ف ب»): a short line naming one is the byline. */
    wireBylines: words,
    /** A line alone that closes a box of other stories set among the paragraphs (BBC: «نهاية»): the story goes on after it. */
    blockEnds: words,
    /** Words that open a paragraph going on with a story («كما», «من جانبه»), beside any word carrying the conjunction و or ف. */
    continuationOpeners: words,
    /** Words that open a kicker, a line of circumstance beside the headline («على هامش قمة العشرين»), folded when matched. */
    kickerOpeners: words,
    /** Words that open a masthead's motto, the outlet describing itself («صحيفة العرب الأولى»): never the headline. */
    mottoOpeners: words,
    /** Labels a forum or archive writes before the headline on its line («عنوان الموضوع: …»): no part of the headline. */
    headlineLabels: words,
  })
  .strict();
