import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { mapToYaml, stringToYamlScalar, YAML_OPTIONS, type YamlValue } from './yamlEmit.ts';

const hostile: Record<string, YamlValue> = {
  title: '---\ntitle: hacked\n...',
  summary: 'key: value # not a comment "quoted" \'single\' \\ back {a: 1} [x] & * ! | > % @ `',
  date: '2025-01-07',
  yes: 'yes',
  nul: 'null',
  odd: '\u0085 NEL \u2028 LS \u2029 PS \uFEFF BOM \u0000 NUL \t tab',
  parties: ['IN', 'JP'],
  mentions: [],
  location: { city: 'طوكيو', country: 'JP' },
  officials: [{ id: 'a', name: 'ب', aliases: [], country: 'JP', role: '' }, { id: 'c', name: 'د', aliases: ['x', 'y'], country: 'JP', role: 'r' }],
  source: [{ outlet: 'o' }, {}],
  empty: {},
  seed: ['a.txt', 'b.txt'],
};

describe('mapToYaml', () => {
  test('reads back exactly what it wrote, hostile strings included', () => {
    expect(parse(mapToYaml(hostile))).toEqual(hostile);
  });

  test('writes the same bytes as yaml.stringify for ordinary frontmatter', () => {
    const { odd: _odd, ...ordinary } = hostile;
    expect(mapToYaml(ordinary)).toBe(stringify(ordinary, YAML_OPTIONS));
  });

  test('writes the same bytes as yaml.stringify for every committed event', () => {
    const dir = resolve(import.meta.dirname, '../../content/events');
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.mdx'))) {
      const frontmatter = parse(readFileSync(join(dir, name), 'utf8').split(/^---$/m)[1]!) as Record<string, YamlValue>;
      expect(mapToYaml(frontmatter)).toBe(stringify(frontmatter, YAML_OPTIONS));
    }
  });
});

describe('stringToYamlScalar', () => {
  test('escapes characters YAML readers could take as line breaks', () => {
    expect(stringToYamlScalar('a\u0085b\u2028c')).toBe('"a\\u0085b\\u2028c"');
  });
});

describe('mapToYaml read by Astro', () => {
  test('gives the same values through Astro’s own frontmatter parser', async () => {
    const { parseFrontmatter } = await import('@astrojs/internal-helpers/frontmatter');
    const { frontmatter } = parseFrontmatter(`---\n${mapToYaml(hostile)}---\n\nbody\n`);
    expect(frontmatter).toEqual(hostile);
  });
});
