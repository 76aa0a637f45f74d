import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { folderToSeeds, seedsToPlan } from '../../tests/helpers/seedsInMemory.ts';

// Each folder of tests/fixtures/ingest holds seeds (*.txt, optional *.editorial.yml) and the one event file they give
// (expected.mdx) or the errors they give (expected-error.txt). UPDATE=1 rewrites the expectations from the pipeline.
const root = resolve(import.meta.dirname, '../..');
const fixturesDir = join(root, 'tests/fixtures/ingest');
const label = (name: string) => `seeds/${name}`;

const cases = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('ingest fixtures', () => {
  test.each(cases)('%s gives its expected output', (name) => {
    const dir = join(fixturesDir, name);
    const { built, errors: readErrors, reviews } = seedsToPlan(folderToSeeds(dir, label), label);
    // a seed that cannot be read and one left for review both give their messages instead of an event
    const errors = [...readErrors, ...reviews];
    const actual = errors.length > 0 ? { file: 'expected-error.txt', text: `${errors.join('\n')}\n` } : { file: 'expected.mdx', text: built.map((event) => event.mdx).join('') };
    if (errors.length === 0) expect(built, 'a fixture folder must give exactly one event').toHaveLength(1);
    if (process.env.UPDATE === '1') writeFileSync(join(dir, actual.file), actual.text);
    const other = actual.file === 'expected.mdx' ? 'expected-error.txt' : 'expected.mdx';
    expect(existsSync(join(dir, other)), `${name} has ${other} but the pipeline gave ${actual.file}`).toBe(false);
    expect(actual.text).toBe(readFileSync(join(dir, actual.file), 'utf8'));
  });
});

describe('real seeds', () => {
  const seedsDir = join(root, 'seeds');
  const eventsDir = join(root, 'content/events');
  const { built, errors } = seedsToPlan(folderToSeeds(seedsDir, label), label);

  test('all five seeds become events without errors', () => {
    expect(errors).toEqual([]);
    expect(built.flatMap((event) => event.seeds)).toHaveLength(readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).length);
  });

  test('give exactly the committed content/events files (run npm run ingest to refresh)', () => {
    const committed = readdirSync(eventsDir).filter((name) => name.endsWith('.mdx')).sort();
    expect(committed).toEqual(built.map((event) => `${event.id}.mdx`).sort());
    for (const event of built) expect(event.mdx).toBe(readFileSync(join(eventsDir, `${event.id}.mdx`), 'utf8'));
  });

  test('keep nothing of the Libya article appended to seed 002 after «إقرأ أيضاً»', () => {
    const event = built.find((candidate) => candidate.seeds.includes('002_a16bfe50adc3810a.txt'))!;
    expect(event.data.mentions).not.toContain('LY');
    expect(event.mdx).not.toMatch(/ليبيا|طرابلس|الباعور|إقرأ أيضاً|كلمات دلالية|تابع أحدث/);
  });

  test('keep site clutter out of every title and body', () => {
    for (const event of built) expect(event.mdx).not.toMatch(/تعليق \(0\)|اترك تعليقاً|زر الذهاب إلى الأعلى|إغلاق|اظهر المزيد|مقالات ذات صلة|آسياأخبار العالم|بريدك الإلكتروني/);
  });

  test('move source and publication lines into source', () => {
    const bySeed = (seed: string) => built.find((event) => event.seeds.includes(seed))!;
    expect(bySeed('001_ddb86a17edb0ed4f.txt').data.source).toEqual({ url: 'https://www.vietnamplus.vn/doi-thoai-cap-thu-truong-ngoai-giao-quoc-phong-viet-nam-nhat-ban-22-lan-thu-nhat-post1081011.vnp' });
    expect(bySeed('002_a16bfe50adc3810a.txt').data.source).toEqual({ outlet: 'البوابة نيوز', publishedAt: '2025-01-07' });
    expect(bySeed('002_a16bfe50adc3810a.txt').mdx).not.toMatch(/المصدر: البوابة|تاريخ النشر/);
  });
});
