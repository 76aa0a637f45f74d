/** A run of excerpt text, marked when it is a word the search matched. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Splits a Pagefind excerpt into plain and matched runs. Pagefind escapes only < and > in the page text and wraps
 * matches in <mark>, so reading just those keeps any other markup-like text literal when the runs become text nodes.
 */
export function excerptToParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') marked = piece === '<mark>';
    else if (piece) parts.push({ text: piece.replaceAll('&lt;', '<').replaceAll('&gt;', '>'), marked });
  }
  return parts;
}
