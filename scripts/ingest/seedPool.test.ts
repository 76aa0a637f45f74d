import { describe, expect, test } from 'vitest';
import { chunkSize, runSeedsInParallel, type SeedChunkDone } from './seedPool.ts';
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

  test('hands out chunks of at most 64 seeds that shrink toward the end, to 8, and never past the seeds left', () => {
    expect(chunkSize(10_000, 2)).toBe(64);
    expect(chunkSize(200, 2)).toBe(25);
    expect(chunkSize(40, 2)).toBe(8);
    expect(chunkSize(5, 2)).toBe(5);
    let left = 10_000;
    const sizes: number[] = [];
    while (left > 0) {
      sizes.push(chunkSize(left, 2));
      left -= sizes.at(-1)!;
    }
    expect(sizes.every((size, i) => i === 0 || size <= sizes[i - 1]!)).toBe(true);
    expect(sizes.slice(-4)).toEqual([8, 8, 8, 4]);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(10_000);
  });
});
