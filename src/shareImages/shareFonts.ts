import { createRequire } from 'node:module';
import path from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

/** The family name the share images draw with: the site's own IBM Plex Sans Arabic files, registered under this alias. */
export const SHARE_FONT_FAMILY = 'Share Plex Sans Arabic';

// The very woff2 files the site serves (Arabic and Latin subsets, 400 and 700), so the images match the pages.
/** The paths of the font files the share images use. */
export function shareFontFiles(): string[] {
  // Resolved from the project folder, not from this module: the built module may live in any output folder.
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  return ['arabic', 'latin'].flatMap((subset) => [400, 700].map((weight) => require.resolve(`@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-${subset}-${weight}-normal.woff2`)));
}

let registered = false;

/** Registers the share fonts with the canvas once per process. */
export function registerShareFonts(): void {
  if (registered) return;
  for (const file of shareFontFiles()) {
    if (!GlobalFonts.registerFromPath(file, SHARE_FONT_FAMILY)) throw new Error(`share images: could not load the font ${file}`);
  }
  registered = true;
}
