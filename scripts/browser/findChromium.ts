import { existsSync } from 'node:fs';

/** Where a system Chrome or Chromium usually lives, per platform, in the order they are tried. */
export const SYSTEM_CHROMIUM_PATHS: Readonly<Partial<Record<NodeJS.Platform, readonly string[]>>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/snap/bin/chromium'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
  ],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
};

/** What the search may look at; the defaults are this process's. */
export interface ChromiumLookup {
  env?: Readonly<Record<string, string | undefined>>;
  platform?: NodeJS.Platform;
  arch?: string;
  exists?: (path: string) => boolean;
  /** The Chromium shipped inside an npm package (unpacked on first use), for Linux machines without a browser. */
  packaged?: () => Promise<string>;
}

/** @sparticuz/chromium carries a Linux x64 Chromium in the package itself, so `npm ci` is the only set-up a Linux machine needs. */
async function packagedChromium(): Promise<string> {
  const { default: chromium } = await import('@sparticuz/chromium');
  return chromium.executablePath();
}

/**
 * The one place the browser tests and the benchmark find Chromium: `CHROMIUM_PATH` if set, else a system Chrome or
 * Chromium at its usual place, else (Linux x64) the Chromium inside the @sparticuz/chromium package.
 */
export async function findChromium(lookup: ChromiumLookup = {}): Promise<string> {
  const env = lookup.env ?? process.env;
  const platform = lookup.platform ?? process.platform;
  const arch = lookup.arch ?? process.arch;
  const exists = lookup.exists ?? existsSync;
  const override = env.CHROMIUM_PATH;
  if (override) {
    if (!exists(override)) throw new Error(`CHROMIUM_PATH is set to ${override}, but there is no file there`);
    return override;
  }
  const system = (SYSTEM_CHROMIUM_PATHS[platform] ?? []).find((path) => exists(path));
  if (system) return system;
  if (platform === 'linux' && arch === 'x64') return (lookup.packaged ?? packagedChromium)();
  throw new Error(
    `no Chrome or Chromium found: looked at ${(SYSTEM_CHROMIUM_PATHS[platform] ?? []).join(', ') || '(no usual place on this platform)'}. Install Chrome or Chromium, or set CHROMIUM_PATH to its executable`,
  );
}
