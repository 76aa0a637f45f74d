import { Worker } from 'node:worker_threads';
import type { SeedOutcome } from './pipeline.ts';
import type { SeedInput } from './seedToEvent.ts';
import type { Official } from '../../src/schemas/event.ts';

/** Seeds sent to a worker: `inputs[i]` is seed number `start + i` of the batch. */
export interface SeedChunk {
  start: number;
  inputs: SeedInput[];
}

/** A worker's answer to a chunk, in the chunk's order. */
export interface SeedChunkDone {
  start: number;
  outcomes: SeedOutcome[];
}

/** Small enough that the last chunks finish together and results stream out early; large enough that messaging stays cheap. */
const CHUNK_SIZE = 64;
/** Chunks each worker holds at once, so it never waits for the main thread between two. */
const CHUNKS_IN_FLIGHT = 2;

/** Worker threads that run the per-seed stages; they load the pipeline as soon as they are made. */
export function createSeedWorkers(count: number, officials: readonly Official[]): Worker[] {
  return Array.from({ length: count }, () => new Worker(new URL('./seedWorker.ts', import.meta.url), { workerData: { officials } }));
}

/**
 * Runs every input on the workers, a chunk at a time, calling `onChunk` as each chunk comes back (in any order:
 * `start` says where it belongs). Resolves when all are done; rejects when a worker fails.
 */
export function runSeedsOnWorkers(inputs: readonly SeedInput[], workers: readonly Worker[], onChunk: (done: SeedChunkDone) => void): Promise<void> {
  if (inputs.length === 0) return Promise.resolve();
  return new Promise((resolveAll, reject) => {
    let next = 0;
    let finished = 0;
    const feed = (worker: Worker) => {
      if (next >= inputs.length) return;
      const chunk: SeedChunk = { start: next, inputs: inputs.slice(next, next + CHUNK_SIZE) };
      next += chunk.inputs.length;
      worker.postMessage(chunk);
    };
    for (const worker of workers) {
      worker.on('message', (done: SeedChunkDone) => {
        feed(worker);
        onChunk(done);
        finished += done.outcomes.length;
        if (finished === inputs.length) resolveAll();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (finished < inputs.length) reject(new Error(`a seed worker stopped (exit code ${code}) before the batch was done`));
      });
      for (let i = 0; i < CHUNKS_IN_FLIGHT; i++) feed(worker);
    }
  });
}
