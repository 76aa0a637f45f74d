import { describe, expect, test } from 'vitest';
import { runSeedsInParallel, type SeedChunkDone } from './seedPool.ts';
import type { SeedOutcome } from './pipeline.ts';

const inputs = Array.from({ length: 150 }, (_, i) => ({ name: `${i}.txt`, label: `seeds/${i}.txt`, bytes: new Uint8Array() }));
const outcomeOf = (name: string): SeedOutcome => ({ seed: name, result: { ok: false, errors: [name] } });

describe('runSeedsInParallel', () => {
  test('returns every input’s outcome once, at its place, when this thread works alone', async () => {
    const chunks: SeedChunkDone[] = [];
    await runSeedsInParallel(inputs, [], (input) => outcomeOf(input.name), (done) => chunks.push(done));
    const placed: string[] = [];
    for (const chunk of chunks) chunk.outcomes.forEach((outcome, i) => (placed[chunk.start + i] = outcome.result.ok ? '' : outcome.result.errors[0]!));
    expect(placed).toEqual(inputs.map((input) => input.name));
    expect(chunks.length).toBeGreaterThan(1);
  });

  test('returns at once for no inputs', async () => {
    const chunks: SeedChunkDone[] = [];
    await runSeedsInParallel([], [], (input) => outcomeOf(input.name), (done) => chunks.push(done));
    expect(chunks).toEqual([]);
  });
});
