import { afterAll, beforeAll } from 'vitest';
import { startSite, type Site } from './site.ts';
import { describeTimeline } from './suites/timeline.ts';
import { describeEventPage } from './suites/eventPage.ts';
import { describeSearch } from './suites/search.ts';
import { describeAccessibility } from './suites/accessibility.ts';
import { describeBuiltFiles } from './suites/builtFiles.ts';
import { describePictures } from './suites/pictures.ts';
import { describeEditorialPages } from './suites/editorialPages.ts';

// One real build and one browser for every browser suite: building is the slow part.
let site: Site | undefined;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const current = () => {
  if (!site) throw new Error('the site did not start; see the build output above');
  return site;
};

describeTimeline(current);
describeEventPage(current);
describeSearch(current);
describeAccessibility(current);
describeBuiltFiles(current);
describePictures(current);
describeEditorialPages(current);
