import { describe, expect, test } from 'vitest';
import { mdxToHast } from 'satteri';
import { linkToSafeMarkdown, textToSafeMarkdown, urlToLinkDestination } from './markdownEscape.ts';

type HastNode = { type: string; tagName?: string; value?: string; children?: HastNode[] };

/** Renders MDX with the processor @astrojs/mdx 8 uses and returns the text and element names it produced. */
async function render(markdown: string): Promise<{ text: string; tags: string[]; types: string[] }> {
  // Astro renders MDX with GFM and smart punctuation on.
  const tree = (await mdxToHast(markdown, { features: { gfm: true, smartPunctuation: true } })) as unknown as HastNode;
  const texts: string[] = [];
  const tags: string[] = [];
  const types: string[] = [];
  const walk = (node: HastNode) => {
    types.push(node.type);
    if (node.type === 'text' && node.value) texts.push(node.value);
    if (node.tagName) tags.push(node.tagName);
    node.children?.forEach(walk);
  };
  walk(tree);
  return { text: texts.join('').trim(), tags, types };
}

const hostileLines = [
  '<script>alert(1)</script>',
  '<Foo />',
  '{process.exit(1)}',
  "import x from 'y'",
  'export const a = 1',
  '---',
  'title: x',
  '# not a heading',
  '> not a quote',
  '| a | b |',
  '* not a list',
  '+ not a list',
  '2024. was a year',
  '`code` and **bold** and _it_ and ~~del~~',
  '[link](javascript:alert(1))',
  '![img](x.png)',
  '&lt;b&gt; and &amp; and &#123;',
  '<!-- comment -->',
  'a \\ backslash',
  '===',
  'https://example.org/a_b',
  'www.example.org/a_b and a_b@example.org',
  'quotes \'y\' and "q", dashes -- and --- and dots...',
  '---- a rule',
];

describe('textToSafeMarkdown', () => {
  test.each(hostileLines)('renders %s literally as a single paragraph', async (line) => {
    const { text, tags, types } = await render(textToSafeMarkdown(line));
    expect(text).toBe(line.replace(/\s+/g, ' '));
    expect(tags.filter((tag) => tag !== 'p' && tag !== 'a')).toEqual([]);
    expect(types.filter((type) => type.startsWith('mdx'))).toEqual([]);
  });

  test('leaves Arabic text unchanged', () => {
    expect(textToSafeMarkdown('التقى الوزيران في طوكيو (2+2).')).toBe('التقى الوزيران في طوكيو (2+2).');
  });

  test('escapes the ESM keyword with a character reference', () => {
    expect(textToSafeMarkdown('import x')).toBe('&#105;mport x');
  });
});

describe('urlToLinkDestination', () => {
  test('percent-encodes characters that could end the destination', () => {
    expect(urlToLinkDestination('https://example.org/a(b)c d')).toBe('https://example.org/a%28b%29c%20d');
  });
});

describe('linkToSafeMarkdown', () => {
  test('renders one link with literal text', async () => {
    const { text, tags } = await render(linkToSafeMarkdown('<b>site</b>', 'https://example.org/x)y'));
    expect(text).toBe('<b>site</b>');
    expect(tags).toContain('a');
    expect(tags).not.toContain('b');
  });
});
