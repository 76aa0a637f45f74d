// The CLI's own stages for seeds held in memory, as the tests run them: each seed through runSeedAndBuild in
// seed-name order (the CLI spreads this over threads and a cache), then the same run plan the CLI carries out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSeedContext, runSeedAndBuild } from '../../scripts/ingest/pipeline.ts';
import { outcomesToPlan, type OutputState, type RunPlan } from '../../scripts/ingest/planRun.ts';
import type { SeedContext, SeedInput } from '../../scripts/ingest/seedToEvent.ts';

/** The run plan for `inputs` against an events folder (empty by default). */
export function seedsToPlan(inputs: readonly SeedInput[], label: (name: string) => string, options: { context?: SeedContext; output?: OutputState } = {}): RunPlan {
  const context = options.context ?? createSeedContext();
  const sorted = [...inputs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return outcomesToPlan(
    sorted.map((input) => runSeedAndBuild(input, context)),
    options.output ?? { existing: new Map() },
    label,
  );
}

/** A folder's seeds (*.txt but expected*.txt) and their sidecars, as the CLI reads them. */
export function folderToSeeds(dir: string, label: (name: string) => string): SeedInput[] {
  const names = readdirSync(dir);
  return names
    .filter((name) => name.endsWith('.txt') && !name.startsWith('expected'))
    .map((name) => {
      const sidecarName = name.replace(/\.txt$/, '.editorial.yml');
      return {
        name,
        label: label(name),
        bytes: readFileSync(join(dir, name)),
        ...(names.includes(sidecarName) ? { sidecar: { name: sidecarName, label: label(sidecarName), text: readFileSync(join(dir, sidecarName), 'utf8') } } : {}),
      };
    });
}
