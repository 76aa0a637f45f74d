import { Worker } from 'node:worker_threads';
import type { SeedOutcome } from './pipeline.ts';
import type { SeedInput } from './seedToEvent.ts';

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
export function createSeedWorkers(count: number): Worker[] {
  return Array.from({ length: count }, () => new Worker(new URL('./seedWorker.ts', import.meta.url)));
}

/**
 * Runs every input, a chunk at a time, on the workers and on this thread, calling `onChunk` as each chunk is done
 * (in any order: `start` says where it belongs). Between two of its own chunks this thread hears from the workers.
 * Resolves when all are done; rejects when a worker fails.
 */
export async function runSeedsInParallel(
  inputs: readonly SeedInput[],
  workers: readonly Worker[],
  runHere: (input: SeedInput) => SeedOutcome,
  onChunk: (done: SeedChunkDone) => void,
): Promise<void> {
  let next = 0;
  let outstanding = 0;
  const take = (): SeedChunk | undefined => {
    if (next >= inputs.length) return undefined;
    const chunk = { start: next, inputs: inputs.slice(next, next + CHUNK_SIZE) };
    next += chunk.inputs.length;
    return chunk;
  };
  let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    settle?.reject(failure);
  };
  for (const worker of workers) {
    const feed = () => {
      const chunk = take();
      if (!chunk) return;
      outstanding++;
      worker.postMessage(chunk);
    };
    worker.on('message', (done: SeedChunkDone) => {
      outstanding--;
      feed();
      onChunk(done);
      if (outstanding === 0 && next >= inputs.length) settle?.resolve();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (outstanding > 0) fail(new Error(`a seed worker stopped (exit code ${code}) before its seeds were done`));
    });
    for (let i = 0; i < CHUNKS_IN_FLIGHT; i++) feed();
  }
  for (let chunk = take(); chunk && !failure; chunk = take()) {
    onChunk({ start: chunk.start, outcomes: chunk.inputs.map(runHere) });
    // Let the workers' answers in (and hand them their next chunks).
    await new Promise((resolveTurn) => setImmediate(resolveTurn));
  }
  if (failure) throw failure;
  if (outstanding > 0) await new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
}
