import { describe, expect, test } from 'vitest';
import { gazetteerToOfficials, runSeed, seedsToBuild } from './pipeline.ts';

const seed = (name: string, text: string) => ({ name, label: `seeds/${name}`, bytes: new TextEncoder().encode(text) });
const crashing = { extract: () => { throw new Error('boom'); }, officialsById: new Map() };

describe('gazetteerToOfficials', () => {
  test('keeps the frontmatter fields and lists every other spelling once', () => {
    const officials = gazetteerToOfficials([{ id: 'x', name: 'س', nameEn: 'X', aliases: ['س', 'ص', 'ص'], country: 'JP', role: 'r' }]);
    expect(officials.get('x')).toEqual({ id: 'x', name: 'س', aliases: ['ص'], country: 'JP', role: 'r' });
  });
});

describe('runSeed', () => {
  test('turns a crash in a stage into that seed’s error', () => {
    expect(runSeed(seed('a.txt', 'عنوان\nفقرة.'), crashing)).toEqual({ ok: false, errors: ['seeds/a.txt: internal error while processing the article — boom'] });
  });
});

describe('seedsToBuild', () => {
  test('reports every failing seed, in seed-name order', () => {
    const { built, errors } = seedsToBuild([seed('b.txt', ''), seed('a.txt', 'عنوان\nفقرة.')], crashing, (name) => `seeds/${name}`);
    expect(built).toEqual([]);
    expect(errors).toEqual(['seeds/a.txt: internal error while processing the article — boom', 'seeds/b.txt: the file is empty']);
  });
});
