import type { Worker } from 'node:worker_threads';
import { createCachedWorker } from './compileCache.ts';
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

/** The largest chunk: large enough that messaging stays cheap. */
const MAX_CHUNK = 64;
/** The smallest chunk, at the end of the run: the threads finish within a few seeds of one another. */
const MIN_CHUNK = 8;
/** Chunks to hand out per thread for the seeds left: chunks shrink toward the end (guided self-scheduling). */
const CHUNKS_PER_THREAD_LEFT = 4;
/**
 * Chunks each worker holds at once, so it never waits between two while this thread, busy with a chunk of its own,
 * has not yet heard that one is done (with two, the worker stood idle for 0.2–0.4 s of a 10,000-seed run).
 */
const CHUNKS_IN_FLIGHT = 3;

/** How many seeds the next chunk takes, of `left` seeds not yet handed out to `threads` threads. */
export function chunkSize(left: number, threads: number): number {
  return Math.min(left, MAX_CHUNK, Math.max(MIN_CHUNK, Math.ceil(left / (threads * CHUNKS_PER_THREAD_LEFT))));
}

/** What a seed worker is told before it loads the pipeline. */
export interface SeedWorkerSetup {
  /** The file of built phrase indexes and the pipeline fingerprint it must carry (phraseIndexCache.ts). */
  phraseIndexes?: { file: string; fingerprint: string };
}

/** Worker threads that run the per-seed stages; they load the pipeline as soon as they are made. */
export function createSeedWorkers(count: number, setup: SeedWorkerSetup = {}): Worker[] {
  return Array.from({ length: count }, () => createCachedWorker(new URL('./seedWorker.ts', import.meta.url), { workerData: setup }));
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
    const chunk = { start: next, inputs: inputs.slice(next, next + chunkSize(inputs.length - next, workers.length + 1)) };
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
