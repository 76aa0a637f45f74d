import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildSyntheticSite } from '../../scripts/bench/buildSyntheticSite.ts';
import { buildEnv } from '../helpers/buildEnv.ts';
import { startSite, type Site } from './site.ts';
import { describeSearchAtScale } from './suites/searchAtScale.ts';

// The benchmark's site: 10,000 generated seeds (seed 42, as `npm run bench`), built by the project's own build steps
// in a copy of the project. Its share images are drawn once and kept in .cache/search-at-scale: the first run of a
// checkout takes about 6 minutes on two cores, later ones about 2–3. SCALE_SITE_DIST=<dist folder> reuses a build.
const given = process.env.SCALE_SITE_DIST;
const work = given ? undefined : mkdtempSync(join(tmpdir(), 'search-at-scale-'));
let site: Site | undefined;

beforeAll(async () => {
  const dist = given ?? (await buildSyntheticSite(resolve('.'), work!, { count: 10_000, seed: 42, env: buildEnv(), cacheDir: resolve('.cache/search-at-scale') }));
  site = await startSite({ dist });
});

afterAll(async () => {
  await site?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describeSearchAtScale(() => {
  if (!site) throw new Error('the 10,000-event site did not build; see the error above');
  return site;
});
