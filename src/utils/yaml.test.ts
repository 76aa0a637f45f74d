import { describe, expect, test } from 'vitest';
import { dump } from 'js-yaml';
import { dataToYaml, textToFrontmatter, yamlToData } from './yaml.ts';

const hostile = {
  title: '---',
  summary: 'title: x',
  date: '2025-01-07',
  yes: 'yes',
  list: ['{process.exit(1)}', '<script>alert(1)</script>', 'import fs from "fs"', '# not a comment', "it's \"quoted\" \\ slash"],
  nested: { city: 'a\u2028b\u0085c\uFEFFd\u0000e', empty: '' },
  none: [],
  nothing: {},
};

describe('dataToYaml', () => {
  test('reads back as exactly what was written, hostile strings included', () => {
    expect(yamlToData(dataToYaml(hostile))).toEqual(hostile);
  });

  test('double-quotes every string and keeps the key order, with block lists and flow empties', () => {
    expect(dataToYaml({ b: 'x', a: ['1', '2'], c: [], d: {} })).toBe('b: "x"\na:\n  - "1"\n  - "2"\nc: []\nd: {}\n');
  });

  test('writes a mapping of strings, or of mappings (empty or) of strings, exactly as one js-yaml dump of it, whatever the strings hold', () => {
    const strings = ['', ' ', 'كلمة '.repeat(100).trim(), '---', 'title: x', 'yes', 'null', '2025-01-07', '# x', '- x', '"q"', 'a\\b', 'a\nb', 'tab\tx', '\u00A0nbsp', 'bom\uFEFF', 'ls\u2028', 'emoji 😀', 'lone \uD800', 'x\u0085y', "it's", '{a: 1}', '[1]', '&a *b !c', '%x', '@x', '`x`', '  lead', 'trail  ', '٢٠٢٥'];
    const keys = ['title', 'summary', 'date', 'null', 'yes', 'a b', '1', ''];
    for (const text of strings) {
      for (const key of keys) {
        for (const value of [{ [key]: text, other: `${text}!` }, { [key]: { outlet: text, [key]: `${text}!` }, seed: text }, { [key]: { [key]: text } }, { title: text, [key]: {}, seed: text }]) {
          expect(dataToYaml(value), JSON.stringify(value)).toBe(dump(value, { quoteStyle: 'double', forceQuotes: true, lineWidth: -1, noRefs: true, indent: 2 }));
        }
      }
    }
    for (const other of [{}, { a: {} }, { a: [] }, { a: ['x'] }, { a: 1 }, { a: null }, { a: { b: { c: 'x' } } }, { a: { b: 1 } }]) expect(dataToYaml(other)).toBe(dump(other, { quoteStyle: 'double', forceQuotes: true, lineWidth: -1, noRefs: true, indent: 2 }));
  });

  test('never folds a long line', () => {
    expect(dataToYaml({ a: 'كلمة '.repeat(100).trim() }).split('\n')).toHaveLength(2);
  });
});

describe('yamlToData', () => {
  test('keeps dates as strings (YAML 1.2 core schema)', () => {
    expect(yamlToData('date: 2025-01-13\nn: 3')).toEqual({ date: '2025-01-13', n: 3 });
  });

  test('refuses a repeated key and names its line', () => {
    expect(() => yamlToData('a: 1\na: 2\n')).toThrow(/duplicated mapping key \(2:1\)/);
  });

  test('gives undefined for an empty or comment-only text', () => {
    expect(yamlToData('')).toBeUndefined();
    expect(yamlToData('# only a comment\n')).toBeUndefined();
  });
});

describe('textToFrontmatter', () => {
  test('splits the fenced block from the body', () => {
    expect(textToFrontmatter('---\ntitle: "x"\n---\n\nbody\n')).toEqual({ frontmatter: { title: 'x' }, body: '\nbody\n' });
  });

  test('gives undefined for a text with no frontmatter', () => {
    expect(textToFrontmatter('title: x\n')).toBeUndefined();
  });
});
