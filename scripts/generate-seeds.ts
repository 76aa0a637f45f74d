// npm run generate -- [--count N] [--out DIR] [--seed S]: writes N synthetic raw Arabic seeds for the benchmark.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { argvToOptions, textToCount } from './bench/args.ts';
import { isProtectedFolder, loadSeedPools, writeSyntheticSeeds } from './bench/corpus.ts';

const root = path.resolve(import.meta.dirname, '..');

try {
  const options = argvToOptions(process.argv.slice(2), { values: ['count', 'out', 'seed'], flags: [] });
  const count = textToCount(String(options.count ?? '10000'), 'count');
  const seed = Number(options.seed ?? '42');
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, got "${options.seed}"`);
  const out = typeof options.out === 'string' ? path.resolve(options.out) : fs.mkdtempSync(path.join(os.tmpdir(), 'synthetic-seeds-'));
  if (isProtectedFolder(root, out)) throw new Error(`${out}: refusing to write synthetic seeds into seeds/ or content/`);
  const started = performance.now();
  writeSyntheticSeeds(await loadSeedPools(root), { count, seed, out });
  console.log(`wrote ${count} synthetic seeds to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${seed})`);
} catch (error) {
  console.error(`generate: ${(error as Error).message}`);
  process.exit(1);
}
