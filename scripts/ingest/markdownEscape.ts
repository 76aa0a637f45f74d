/**
 * Article text is untrusted: written into an MDX body it could open JSX (`<script>`), run an expression
 * (`{process.exit(1)}`), add ESM (`import …`), or turn into Markdown the author never meant. These escapes make
 * every character render literally; MDX (Sätteri in @astrojs/mdx 8, and micromark-extension-mdxjs) decodes them back.
 */
import { collapseSpaces } from '../../src/utils/collapseSpaces.ts';

/**
 * ASCII punctuation with a meaning anywhere in a line (JSX, expressions, emphasis, code, links, tables, entities),
 * and quotes, which smart punctuation (on by default in Astro) would otherwise curl.
 */
const INLINE_SPECIAL = /[\\`*_{}[\]<>#|~&!$'"]/g;

/** Anything any rule below would touch; most Arabic paragraphs have none of it and are returned as they are. */
const NEEDS_ESCAPING = /[\\`*_{}[\]<>#|~&!$'"@]|--|\.\.\.|(?:https?|ftp|mailto|xmpp):|www\.|^[+\-=\d]|^(?:import|export)/i;

/** Escapes one line of plain text so that it renders exactly as written inside a paragraph, heading or list item. */
export function textToSafeMarkdown(text: string): string {
  const line = collapseSpaces(text);
  if (!NEEDS_ESCAPING.test(line)) return line;
  return (
    line
      .replace(INLINE_SPECIAL, (char) => `\\${char}`)
      // Smart punctuation turns "--" and "..." into dashes and ellipses: escaped, they stay as written ("---" too).
      .replace(/-{2,}/g, (run) => run.replace(/-/g, '\\-'))
      .replace(/\.{3,}/g, (run) => run.replace(/\./g, '\\.'))
      // GFM would turn bare URLs and e-mail addresses into links that keep the backslashes above in their text. (Sätteri
      // may still link a bare URL after decoding the escapes: then the text is exact and the link is a plain http one.)
      .replace(/(https?|ftp|mailto|xmpp):/gi, '$1\\:')
      .replace(/(^|[^\p{L}\p{N}])(www)\./giu, '$1$2\\.')
      .replace(/@/g, '\\@')
      // ESM is recognised by the keyword at the start of a line: a character reference hides it and still renders "i"/"e".
      .replace(/^(import|export)/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`)
      // List bullets, thematic breaks (`---`, which could also pass for a frontmatter fence) and setext underlines.
      .replace(/^([+\-=])/, '\\$1')
      // "2024. …" would start an ordered list.
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/** An http(s) URL as a Markdown link destination that no character in it can end early. */
export function urlToLinkDestination(url: string): string {
  return new URL(url).href.replace(/[()<>{}[\]"'\s\\`]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A Markdown link whose text and destination are both safe. */
export function linkToSafeMarkdown(text: string, url: string): string {
  return `[${textToSafeMarkdown(text)}](${urlToLinkDestination(url)})`;
}
