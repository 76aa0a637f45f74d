import path from 'node:path';

/** One step of the site build: a command run in the project folder. */
export interface BuildStep {
  name: 'ingest' | 'astro' | 'pagefind';
  command: string;
  args: string[];
}

/** What every build step needs in its environment: no telemetry. */
export const BUILD_ENV = { ASTRO_TELEMETRY_DISABLED: '1' } as const;

/**
 * The site build, in order: ingest the seeds, build the pages, index them. `npm run build` runs these steps and the
 * benchmark times them, so both build the same site. The last step indexes the event pages with Pagefind in parts of
 * five years, each again only when its pages changed, merged into one bundle (scripts/search-index.ts); Pagefind's
 * options are in pagefind.yml, which it reads from the folder it runs in.
 */
export function buildSteps(projectDir: string, ingestArgs: readonly string[] = []): BuildStep[] {
  const bin = (name: string) => path.join(projectDir, 'node_modules', '.bin', name);
  return [
    { name: 'ingest', command: process.execPath, args: [path.join(projectDir, 'scripts', 'ingest.ts'), ...ingestArgs] },
    { name: 'astro', command: bin('astro'), args: ['build'] },
    { name: 'pagefind', command: process.execPath, args: [path.join(projectDir, 'scripts', 'search-index.ts')] },
  ];
}
