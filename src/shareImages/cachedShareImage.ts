import fs from 'node:fs';
import path from 'node:path';
import { drawingParts } from './drawingParts.ts';
import { drawShareCard } from './drawShareCard.ts';
import type { ShareCard } from './shareCard.ts';
import { shareImageKey } from './shareImageKey.ts';

/** Where drawn share images are kept between builds, by content key (git-ignored). */
export const SHARE_IMAGE_CACHE_DIR = path.join('.cache', 'share-images');

/** Writes a file under a temporary name and renames it into place, so that a stopped run never leaves half a file. */
export async function writeWhole(file: string, data: Uint8Array): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await fs.promises.writeFile(temporary, data);
  await fs.promises.rename(temporary, file);
}

/** The PNG of a share card and whether it was drawn: read from the cache when this card was drawn before by the same code and fonts, else drawn and kept. */
export async function cachedShareImage(card: ShareCard, cacheDir = SHARE_IMAGE_CACHE_DIR): Promise<{ png: Buffer; drawn: boolean; file: string }> {
  const file = path.join(cacheDir, `${shareImageKey(card, drawingParts())}.png`);
  try {
    return { png: await fs.promises.readFile(file), drawn: false, file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const png = await drawShareCard(card);
  await writeWhole(file, png);
  return { png, drawn: true, file };
}
