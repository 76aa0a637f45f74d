// The project's one YAML codec (js-yaml): frontmatter is written and read with it, and so are editorial sidecars.
import { CORE_SCHEMA, dump, load } from 'js-yaml';

/**
 * Parses YAML text with the YAML 1.2 core schema: dates stay strings (2025-01-13 is not a Date), nothing executes,
 * a repeated key is an error. An empty or comment-only text is undefined. Throws with the line of a syntax error.
 */
export function yamlToData(text: string): unknown {
  if (text.replace(/#.*$/gm, '').trim() === '') return undefined;
  return load(text, { schema: CORE_SCHEMA });
}

/**
 * YAML block text for frontmatter: every string double-quoted (so `---`, `title: x`, `yes` or `2025-01-07` stay
 * strings whatever reads them), no line folding, keys in the order given; byte-identical for the same value.
 */
export function dataToYaml(value: Record<string, unknown>): string {
  return dump(value, { quoteStyle: 'double', forceQuotes: true, lineWidth: -1, noRefs: true, indent: 2 });
}

/** The frontmatter and body of a `---`-fenced Markdown/MDX text; frontmatter undefined when the text has none. */
export function textToFrontmatter(text: string): { frontmatter: unknown; body: string } | undefined {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  return { frontmatter: yamlToData(match[1]!) ?? {}, body: text.slice(match[0].length) };
}
