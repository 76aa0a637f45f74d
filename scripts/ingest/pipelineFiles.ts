import { join } from 'node:path';
import { listSourceFiles } from './fs.ts';

/** Every data file the stages import: a change to any of them must invalidate the seed cache. Officials first: the CLI parses it. */
export const GAZETTEER_FILES = ['src/data/officials.json', 'src/data/countries.json', 'src/data/formats.json', 'src/data/cities.json'];

/** …and every code file they import: whole folders, and src/utils files by name (the rest of src/utils is the site's). */
export const CODE_PATHS = ['scripts/ingest', 'scripts/extract', 'src/schemas', 'src/utils/countryNames.ts', 'src/utils/normalizeArabic.ts', 'src/utils/collapseSpaces.ts'];

/** The absolute paths of the files that decide what an event is besides its seed, gazetteers first. */
export function listPipelineFiles(root: string): string[] {
  const code = CODE_PATHS.flatMap((path) => (path.endsWith('.ts') ? [join(root, path)] : listSourceFiles(join(root, path))));
  return [...GAZETTEER_FILES.map((file) => join(root, file)), ...code];
}
