import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listPipelineFiles } from './pipelineFiles.ts';

const root = resolve(import.meta.dirname, '../..');

/** Every project file reachable by relative imports from `entries` (packages are left out: the lockfile pins them). */
function importedProjectFiles(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.ts')) continue;
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = join(dirname(file), specifier!);
      if (existsSync(target)) queue.push(target);
    }
  }
  return seen;
}

describe('listPipelineFiles', () => {
  test('returns every project file the stages import, so that a change to any of them invalidates the seed cache', () => {
    const stages = ['scripts/ingest/pipeline.ts', 'scripts/ingest/seedWorker.ts', 'scripts/extract/extractEvent.ts', 'scripts/ingest/buildEvents.ts'].map((file) => join(root, file));
    const listed = new Set(listPipelineFiles(root));
    const missing = [...importedProjectFiles(stages)].filter((file) => !listed.has(file)).map((file) => relative(root, file));
    expect(missing).toEqual([]);
  });

  test('returns every data table, and not the redirects, which live with the content the ingest writes', () => {
    const listed = listPipelineFiles(root).map((file) => relative(root, file));
    expect(listed).toEqual(expect.arrayContaining(['src/data/officials.json', 'src/data/clutter.json', 'src/data/formatRules.json', 'src/data/index.ts']));
    expect(listed).not.toContain('content/redirects.json');
  });
});
