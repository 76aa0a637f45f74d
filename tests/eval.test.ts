import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

// The extraction's quality gate: the real ingest over the labelled development corpus must meet every threshold of
// tests/corpus/thresholds.json (npm run eval exits 1 below one), and the held-out articles must at least be read.
const root = resolve(import.meta.dirname, '..');
const evaluate = (...args: string[]) => spawnSync(process.execPath, ['scripts/eval.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 300_000 });

describe('npm run eval', () => {
  test('the development corpus meets every threshold, with no guessed date and no wrong party', () => {
    const run = evaluate();
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/\| dates guessed or wrong\s+\| 0 /);
    expect(run.stdout).toMatch(/\| parties written wrong\s+\| 0 /);
  });

  test('the held-out articles are scored too, and no date there is guessed', () => {
    const run = evaluate('--holdout');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/eval: \d+ articles of tests\/corpus\/holdout/);
    expect(run.stdout).toMatch(/\| dates guessed or wrong\s+\| 0 /);
  });
});
