import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SHARE_IMAGE_CACHE_DIR, writeWhole } from '../shareImages/cachedShareImage.ts';
import { drawInWorkers } from '../shareImages/drawInWorkers.ts';
import { drawingParts } from '../shareImages/drawingParts.ts';
import type { ShareCard } from '../shareImages/shareCard.ts';
import { registeredShareCards } from '../shareImages/shareCardRegistry.ts';
import { shareImageKey } from '../shareImages/shareImageKey.ts';
import { cardsToShareImageWork } from '../shareImages/shareImageWork.ts';
import { linkOrCopy } from './linkOrCopy.ts';

// A build's pages register every share card (src/shareImages/siteShareCards.ts); once they are written, each image is
// linked into dist from .cache/share-images, and only the cards never drawn before are drawn, on a thread per core.
// (The dev server draws them on demand through src/pages/og/[...card].png.ts instead.)
/** Puts every share image of the build into dist, drawing only what the cache lacks, and drops cache files no page used. */
export function shareImages(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const cards = registeredShareCards();
        if (!cards || !site) return;
        const started = performance.now();
        const cacheDir = path.resolve(SHARE_IMAGE_CACHE_DIR);
        const dist = fileURLToPath(dir);
        const parts = drawingParts();
        const host = site.host;
        const work = cardsToShareImageWork(
          [...cards].map(([address, withoutHost]) => [address, { ...withoutHost, host }] as [string, ShareCard]),
          (card) => shareImageKey(card, parts),
          cacheDir,
          dist,
          (file) => fs.existsSync(file),
        );
        const used = new Set([...work.linkNow.map(([cached]) => cached), ...work.toDraw.map((image) => image.cached)].map((file) => path.basename(file)));
        for (const [cached, target] of work.linkNow) linkOrCopy(cached, target);
        const linked = work.linkNow.length;
        const drawing = performance.now();
        await drawInWorkers(
          work.toDraw.map((image) => image.card),
          async (index, png) => {
            const { cached, targets } = work.toDraw[index]!;
            await writeWhole(cached, png);
            for (const target of targets) linkOrCopy(cached, target);
          },
        );
        const drawSeconds = (performance.now() - drawing) / 1000;
        // Only this build's images are kept, so the cache never holds more than one build's worth.
        let removed = 0;
        for (const name of fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []) {
          if (!used.has(name)) {
            fs.rmSync(path.join(cacheDir, name), { force: true });
            removed++;
          }
        }
        const linkSeconds = (performance.now() - started) / 1000 - drawSeconds;
        // scripts/bench/shareImageLog.ts reads this line: keep the two in step.
        logger.info(`share images: ${work.toDraw.length} drawn in ${drawSeconds.toFixed(1)} s, ${linked} read from ${SHARE_IMAGE_CACHE_DIR} in ${linkSeconds.toFixed(1)} s; ${removed} unused cache files removed`);
      },
    },
  };
}
