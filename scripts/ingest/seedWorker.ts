// Runs the per-seed stages for chunks of seeds on another core: the CLI hands it bytes, it hands back outcomes.
// It is started before the seeds are read, so loading these modules overlaps with the reading.
import { parentPort } from 'node:worker_threads';
import { enablePipelineCompileCache } from './compileCache.ts';
import type { SeedChunk, SeedChunkDone } from './seedPool.ts';

enablePipelineCompileCache();
const { createSeedContext, runSeedAndBuild } = await import('./pipeline.ts');
const context = createSeedContext();

parentPort!.on('message', ({ start, inputs }: SeedChunk) => {
  const done: SeedChunkDone = { start, outcomes: inputs.map((input) => runSeedAndBuild(input, context)) };
  parentPort!.postMessage(done);
});
