import { describe, expect, test } from 'vitest';
import { mdxToHast } from 'satteri';
import { linkToSafeMarkdown, textToSafeMarkdown, urlToLinkDestination } from './markdownEscape.ts';

type HastNode = { type: string; tagName?: string; value?: string; properties?: { href?: string }; children?: HastNode[] };

/** Renders MDX with the processor @astrojs/mdx 8 uses and returns the text and element names it produced. */
async function render(markdown: string): Promise<{ text: string; tags: string[]; types: string[]; hrefs: string[] }> {
  // Astro renders MDX with GFM and smart punctuation on.
  const tree = (await mdxToHast(markdown, { features: { gfm: true, smartPunctuation: true } })) as unknown as HastNode;
  const texts: string[] = [];
  const tags: string[] = [];
  const types: string[] = [];
  const hrefs: string[] = [];
  const walk = (node: HastNode) => {
    types.push(node.type);
    if (node.properties?.href !== undefined) hrefs.push(node.properties.href);
    if (node.type === 'text' && node.value) texts.push(node.value);
    if (node.tagName) tags.push(node.tagName);
    node.children?.forEach(walk);
  };
  walk(tree);
  return { text: texts.join('').trim(), tags, types, hrefs };
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

describe('textToSafeMarkdown on random punctuation soup', () => {
  // A fixed-seed generator: the same 400 strings on every run, dense in every character Markdown, GFM or MDX reacts to.
  const alphabet = [...'<>{}[]()!#*_`~|\\&;:-+=.\'"@$%^/ 0123456789abcxyz', 'import ', 'export ', 'http://', 'www.', '&lt;', '&#123;', '---', '...', 'ال', 'يابان', ' '];
  let state = 20250107;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const samples = Array.from({ length: 400 }, () => Array.from({ length: 1 + Math.floor(next() * 24) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));

  test('renders every sample as exactly its own text, with no markup but at most a plain web link', async () => {
    for (const sample of samples) {
      const expected = sample.replace(/\s+/g, ' ').trim();
      if (expected === '') continue;
      const { text, tags, types, hrefs } = await render(textToSafeMarkdown(sample));
      expect({ sample, text }).toEqual({ sample, text: expected });
      // GFM may still link a bare URL: harmless as long as it is an http(s) or mailto link.
      expect({ sample, tags: tags.filter((tag) => tag !== 'p' && tag !== 'a') }).toEqual({ sample, tags: [] });
      expect({ sample, hrefs: hrefs.filter((href) => !/^(https?:\/\/|mailto:)/.test(href)) }).toEqual({ sample, hrefs: [] });
      expect({ sample, types: types.filter((type) => type.startsWith('mdx')) }).toEqual({ sample, types: [] });
    }
  });
});
