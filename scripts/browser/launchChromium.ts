import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './findChromium.ts';

/** Headless, no sandbox (CI runs as root), and nothing that reaches out to other hosts on its own. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Starts the Chromium that `findChromium` picks, driven by playwright-core. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
}
