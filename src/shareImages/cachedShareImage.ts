import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { findPackageJSON } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import drawSource from './drawShareCard.ts?raw';
import fitSource from './fitTitle.ts?raw';
import wrapSource from './wrapWords.ts?raw';
import { drawShareCard } from './drawShareCard.ts';
import { shareFontFiles } from './shareFonts.ts';
import { shareImageKey } from './shareImageKey.ts';
import type { ShareCard } from './shareCard.ts';
import { shareImageStats } from './shareImageStats.ts';

/** Where drawn share images are kept between builds, by content key (git-ignored). */
export const SHARE_IMAGE_CACHE_DIR = path.join('.cache', 'share-images');

let drawing: string[] | undefined;

/** What draws an image besides the card: the drawing code, the font files and the two libraries' versions. */
function drawingParts(): string[] {
  if (drawing) return drawing;
  const base = pathToFileURL(path.join(process.cwd(), 'package.json'));
  const version = (name: string) => (JSON.parse(fs.readFileSync(findPackageJSON(name, base)!, 'utf8')) as { version: string }).version;
  const fonts = createHash('sha256');
  for (const file of shareFontFiles()) fonts.update(fs.readFileSync(file));
  drawing = [drawSource, fitSource, wrapSource, fonts.digest('hex'), version('@napi-rs/canvas'), version('sharp')];
  return drawing;
}

/** The PNG of a share card: read from the cache when this card was drawn before by the same code and fonts, else drawn and kept. */
export async function cachedShareImage(card: ShareCard, cacheDir = SHARE_IMAGE_CACHE_DIR): Promise<Buffer> {
  const stats = shareImageStats();
  const key = shareImageKey(card, drawingParts());
  stats.used.add(`${key}.png`);
  const file = path.join(cacheDir, `${key}.png`);
  const reading = performance.now();
  try {
    const png = await fs.promises.readFile(file);
    stats.cached++;
    stats.readMs += performance.now() - reading;
    return png;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const started = performance.now();
  const png = await drawShareCard(card);
  stats.drawn++;
  stats.drawMs += performance.now() - started;
  // Written under a temporary name and renamed, so a build stopped midway never leaves half an image in the cache.
  await fs.promises.mkdir(cacheDir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.promises.writeFile(temporary, png);
  await fs.promises.rename(temporary, file);
  return png;
}
