import { describe, expect, test } from 'vitest';
import { astroLogToWrittenFiles } from './astroLogToWrittenFiles.ts';

describe('astroLogToWrittenFiles', () => {
  test('reads a log of pages one at a time', () => {
    const log = ' generating static routes \n09:07:29   ├─ /events/a/index.html (+7ms) \n09:07:29   ├─ /events/b/index.html (cached)\n09:07:29   └─ /rss.xml (restored)\n';
    expect(astroLogToWrittenFiles(log)).toEqual([
      { path: '/events/a/index.html', reused: false },
      { path: '/events/b/index.html', reused: true },
      { path: '/rss.xml', reused: true },
    ]);
  });

  test('reads a log of pages rendered at once, whose lines cut into each other, and Astro\u2019s colours', () => {
    // a, c and d rendered (their times come later, after other paths), b and e copied from the cache
    const log =
      '09:10:04   \u001b[34m├─\u001b[39m \u001b[2m/events/a/index.html\u001b[22m09:10:04   \u001b[32m├─\u001b[39m \u001b[2m/events/b/index.html\u001b[22m \u001b[32m(cached)\u001b[39m\n' +
      '09:19:24   ├─ /events/c/index.html09:19:24   ├─ /events/d/index.html09:19:25   ├─ /events/e/index.html (restored)\n (+365ms) \n (+141ms) \n (+137ms) \n';
    expect(astroLogToWrittenFiles(log)).toEqual([
      { path: '/events/a/index.html', reused: false },
      { path: '/events/b/index.html', reused: true },
      { path: '/events/c/index.html', reused: false },
      { path: '/events/d/index.html', reused: false },
      { path: '/events/e/index.html', reused: true },
    ]);
  });
});
