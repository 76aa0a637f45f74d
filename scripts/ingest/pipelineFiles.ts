import { join } from 'node:path';
import { listSourceFiles } from './fs.ts';

/**
 * What decides an event besides its seed: the data folder
 * and the code the stages import — whole folders, and src/ files by name (the rest of src/ is the site's).
 */
export const PIPELINE_PATHS = [
  'src/data',
  'src/schemas',
  'src/config.ts',
  'scripts/ingest',
  'scripts/extract',
  'src/utils/countryNames.ts',
  'src/arabic',
  'src/utils/collapseSpaces.ts',
  'src/utils/isoDayToTime.ts',
  'src/utils/memoised.ts',
  'src/utils/slugs.ts',
  'src/utils/yaml.ts',
];

/** The absolute paths of the files that decide what an event is besides its seed: a change to any invalidates the seed cache. */
export function listPipelineFiles(root: string): string[] {
  return PIPELINE_PATHS.flatMap((path) => (/\.(ts|json)$/.test(path) ? [join(root, path)] : listSourceFiles(join(root, path))));
}
