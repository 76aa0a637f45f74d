import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { findPackageJSON } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { shareFontFiles } from './shareFonts.ts';

/** The source files whose every change redraws every image. */
const DRAWING_CODE = ['drawShareCard.ts', 'fitTitle.ts', 'wrapWords.ts'];

let parts: string[] | undefined;

/** What draws an image besides its card: the drawing code, the font files and the versions of the canvas and of sharp. */
export function drawingParts(): string[] {
  if (parts) return parts;
  const base = pathToFileURL(path.join(process.cwd(), 'package.json'));
  const version = (name: string) => (JSON.parse(fs.readFileSync(findPackageJSON(name, base)!, 'utf8')) as { version: string }).version;
  const fonts = createHash('sha256');
  for (const file of shareFontFiles()) fonts.update(fs.readFileSync(file));
  const code = DRAWING_CODE.map((name) => fs.readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));
  parts = [...code, fonts.digest('hex'), version('@napi-rs/canvas'), version('sharp')];
  return parts;
}
