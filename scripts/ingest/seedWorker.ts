// Runs the per-seed stages for a share of the seeds on another core; the CLI hands it bytes, it hands back results.
// It is started before the seeds are read, so loading these modules overlaps with the reading.
import { parentPort } from 'node:worker_threads';
import { gazetteerToOfficials, runSeed } from './pipeline.ts';
import type { SeedInput } from './seedToEvent.ts';
import { extractEvent } from '../extract/extractEvent.ts';
import type { Official } from '../../src/schemas/event.ts';

parentPort!.once('message', ({ inputs, officials }: { inputs: SeedInput[]; officials: Official[] }) => {
  const context = { extract: extractEvent, officialsById: gazetteerToOfficials(officials) };
  parentPort!.postMessage(inputs.map((input) => runSeed(input, context)));
});
