import fs from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { buildSteps } from './buildSteps.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('buildSteps', () => {
  test('ingest, then Astro, then Pagefind, all inside the given project', () => {
    const steps = buildSteps('/p', ['--quiet']);
    expect(steps.map((step) => step.name)).toEqual(['ingest', 'astro', 'pagefind']);
    expect(steps[0]!.args).toEqual(['/p/scripts/ingest.ts', '--quiet']);
    expect(steps[1]).toMatchObject({ command: '/p/node_modules/.bin/astro', args: ['build'] });
  });

  test('Pagefind runs through scripts/search-index.ts; its options come from pagefind.yml, which keeps "+" inside words', () => {
    expect(buildSteps('/p').find((step) => step.name === 'pagefind')!.args).toEqual(['/p/scripts/search-index.ts']);
    const config = load(fs.readFileSync(path.join(root, 'pagefind.yml'), 'utf8')) as { site: string; include_characters: string; glob?: string };
    expect(config.site).toBe('dist');
    expect(config.include_characters).toContain('+');
    // Which pages are read is the search step's to say, part by part (scripts/search/eventPagesToParts.ts).
    expect(config.glob).toBeUndefined();
  });

  test('npm run build runs these steps', () => {
    const scripts = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.build).toBe('node scripts/build.ts');
  });
});
