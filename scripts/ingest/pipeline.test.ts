import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createSeedContext, gazetteerToOfficials, runSeed, runSeedAndBuild } from './pipeline.ts';
import { seedsToPlan } from '../../tests/helpers/seedsInMemory.ts';

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

describe('outcomes of failing seeds', () => {
  test('are planned as every error, in seed-name order, and no event', () => {
    const { built, errors } = seedsToPlan([seed('b.txt', ''), seed('a.txt', 'عنوان\nفقرة.')], (name) => `seeds/${name}`, { context: crashing });
    expect(built).toEqual([]);
    expect(errors).toEqual(['seeds/a.txt: internal error while processing the article — boom', 'seeds/b.txt: the file is empty']);
  });
});

describe('runSeedAndBuild', () => {
  const context = createSeedContext();
  const realSeed = (name: string) => ({ name, label: `seeds/${name}`, bytes: readFileSync(new URL(`../../seeds/${name}`, import.meta.url)) });

  test('returns the file the run plan writes, with the id left empty, for a seed that works', () => {
    const input = realSeed('003_6a3457b211413a86.txt');
    const outcome = runSeedAndBuild(input, context);
    const { built } = seedsToPlan([input], (name) => `seeds/${name}`);
    expect(outcome.built?.ok && outcome.built.event.id).toBe('');
    expect(outcome.built?.ok && outcome.built.event.mdx).toBe(built[0]!.mdx);
  });

  test('returns no build for a seed that fails', () => {
    expect(runSeedAndBuild(seed('a.txt', ''), context)).toEqual({ seed: 'a.txt', result: { ok: false, errors: ['seeds/a.txt: the file is empty'] } });
  });
});
