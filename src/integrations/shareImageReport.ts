import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { SHARE_IMAGE_CACHE_DIR } from '../shareImages/cachedShareImage.ts';
import { shareImageStats } from '../shareImages/shareImageStats.ts';

/** After a build: says how many share images were drawn and how many came from the cache, and drops cache files no page used. */
export function shareImageReport(): AstroIntegration {
  return {
    name: 'share-image-report',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const stats = shareImageStats();
        if (stats.drawn + stats.cached === 0) return;
        let removed = 0;
        const dir = path.resolve(SHARE_IMAGE_CACHE_DIR);
        // Only images of this very build are kept, so the cache never grows past one build's worth.
        for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
          if (name.endsWith('.png') && !stats.used.has(name)) {
            fs.rmSync(path.join(dir, name), { force: true });
            removed++;
          }
        }
        // scripts/bench/shareImageLog.ts reads this line: keep the two in step.
        logger.info(`share images: ${stats.drawn} drawn in ${(stats.drawMs / 1000).toFixed(1)} s, ${stats.cached} read from ${SHARE_IMAGE_CACHE_DIR} in ${(stats.readMs / 1000).toFixed(1)} s; ${removed} unused cache files removed`);
      },
    },
  };
}
