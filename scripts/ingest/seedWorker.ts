// Runs the per-seed stages for chunks of seeds on another core: the CLI hands it bytes, it hands back outcomes.
// It is started before the seeds are read, so loading these modules overlaps with the reading.
import { parentPort, workerData } from 'node:worker_threads';
import { enablePipelineCompileCache } from './compileCache.ts';
import { openPhraseIndexCache } from './phraseIndexCache.ts';
import type { SeedChunk, SeedChunkDone, SeedWorkerSetup } from './seedPool.ts';

enablePipelineCompileCache();
// The extraction's phrase indexes as the main thread's run keeps them: read, not built (it saves them, not this thread).
const { phraseIndexes } = (workerData ?? {}) as SeedWorkerSetup;
if (phraseIndexes) (await import('../extract/phraseIndex.ts')).usePhraseIndexStore(openPhraseIndexCache(phraseIndexes.file, phraseIndexes.fingerprint).store);
const { createSeedContext, runSeedAndBuild } = await import('./pipeline.ts');
const context = createSeedContext();

parentPort!.on('message', ({ start, inputs }: SeedChunk) => {
  const done: SeedChunkDone = { start, outcomes: inputs.map((input) => runSeedAndBuild(input, context)) };
  parentPort!.postMessage(done);
});
