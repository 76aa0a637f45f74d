// npm run build: ingest the seeds, build the site with Astro, index it with Pagefind (options in pagefind.yml).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { BUILD_ENV, buildSteps } from './build/buildSteps.ts';

const root = path.resolve(import.meta.dirname, '..');
for (const step of buildSteps(root)) {
  const run = spawnSync(step.command, step.args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...BUILD_ENV } });
  if (run.status !== 0) {
    console.error(`build: the ${step.name} step failed (${run.error?.message ?? `exit ${run.status ?? run.signal}`})`);
    process.exit(run.status || 1);
  }
}
