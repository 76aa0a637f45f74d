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
  return plainMappingToYaml(value) ?? dumpYaml(value);
}

function dumpYaml(value: Record<string, unknown>): string {
  return dump(value, { quoteStyle: 'double', forceQuotes: true, lineWidth: -1, noRefs: true, indent: 2 });
}

/** What js-yaml escapes inside double quotes, and every surrogate: a string with none of them is written as it is. */
const MAY_NEED_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;

const isPlainString = (value: unknown): value is string => typeof value === 'string' && !MAY_NEED_ESCAPE.test(value);
const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
const isPlainMapping = (value: unknown): value is Record<string, string> => isPlainObject(value) && Object.keys(value).length > 0 && Object.values(value).every(isPlainString);
/** An empty mapping («source: {}», half of the synthetic events): written as js-yaml writes it, not by a dump of the whole run. */
const isEmptyMapping = (value: unknown): value is Record<string, never> => isPlainObject(value) && Object.keys(value).length === 0;

/**
 * A non-empty mapping of plain strings, or of empty or non-empty mappings of them (an event's title, summary, date and source),
 * written key by key: each key's text as js-yaml writes it (asked of it once per key), each string as js-yaml
 * double-quotes one that needs no escape. js-yaml's regexes on long text were most of the cost of writing an event's
 * frontmatter. Undefined for anything else, which js-yaml writes whole.
 */
function plainMappingToYaml(value: Record<string, unknown>): string | undefined {
  const keys = Object.keys(value);
  if (keys.length === 0) return undefined;
  let text = '';
  for (const key of keys) {
    const entry = value[key];
    if (isPlainString(entry)) text += `${keyText(key, 'string')}"${entry}"\n`;
    else if (isPlainMapping(entry)) {
      text += keyText(key, 'mapping');
      for (const inner of Object.keys(entry)) text += `${keyText(inner, 'inner')}"${entry[inner]}"`;
      text += '\n';
    } else if (isEmptyMapping(entry)) text += keyText(key, 'empty');
    else return undefined;
  }
  return text;
}

const keyTexts = new Map<string, string>();

/**
 * The text js-yaml writes for a key: before a string («title: »), before a mapping («source:»), inside a mapping
 * before a string («\n  outlet: »), cut from its dump of a sample; or the whole line of an empty mapping («source: {}\n»).
 */
function keyText(key: string, where: 'string' | 'mapping' | 'inner' | 'empty'): string {
  const memoKey = `${where}\u0000${key}`;
  let text = keyTexts.get(memoKey);
  if (text === undefined) {
    if (where === 'string') text = dumpYaml({ [key]: '' }).slice(0, -'""\n'.length);
    else if (where === 'empty') text = dumpYaml({ [key]: {} });
    else if (where === 'mapping') text = dumpYaml({ [key]: { k: '' } }).slice(0, -'\n  k: ""\n'.length);
    else text = dumpYaml({ k: { [key]: '' } }).slice('k:'.length, -'""\n'.length);
    if (keyTexts.size < 1000) keyTexts.set(memoKey, text);
  }
  return text;
}

/** The frontmatter and body of a `---`-fenced Markdown/MDX text; frontmatter undefined when the text has none. */
export function textToFrontmatter(text: string): { frontmatter: unknown; body: string } | undefined {
  const match = FRONTMATTER_BLOCK.exec(text);
  if (!match) return undefined;
  return { frontmatter: yamlToData(match[1]!) ?? {}, body: text.slice(match[0].length) };
}

/** The body of a `---`-fenced Markdown/MDX text, its frontmatter not parsed; undefined when the text has none. */
export function textToBody(text: string): string | undefined {
  const match = FRONTMATTER_BLOCK.exec(text);
  return match ? text.slice(match[0].length) : undefined;
}

/** A leading `---` fence, its YAML (group 1), and the closing fence with its line break. */
const FRONTMATTER_BLOCK = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;
