import { TEST_SITE_URL } from './testSiteUrl.ts';

// vitest puts its own import.meta.env into process.env (DEV=1, MODE=test, NODE_ENV=test…): a build that inherited them
// would be made in development mode, so they are removed.
const TEST_RUNNER_VARIABLES = ['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'];

/** The environment a test gives a real build: this process's, without the test runner's variables, for TEST_SITE_URL. */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: TEST_SITE_URL };
  for (const name of TEST_RUNNER_VARIABLES) delete env[name];
  return { ...env, ...extra };
}
