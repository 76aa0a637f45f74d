import { describe, expect, test } from 'vitest';
import { findChromium, SYSTEM_CHROMIUM_PATHS } from './findChromium.ts';

const packaged = async () => '/tmp/packaged-chromium';
const none = () => false;

describe('findChromium', () => {
  test('CHROMIUM_PATH wins over everything else', async () => {
    expect(await findChromium({ env: { CHROMIUM_PATH: '/opt/chrome' }, platform: 'linux', arch: 'x64', exists: () => true, packaged })).toBe('/opt/chrome');
  });

  test('a CHROMIUM_PATH that names no file is an error that says so', async () => {
    await expect(findChromium({ env: { CHROMIUM_PATH: '/nope' }, platform: 'linux', exists: none, packaged })).rejects.toThrow(/CHROMIUM_PATH .*\/nope/);
  });

  test('a system browser at its usual place comes before the packaged one, in the listed order', async () => {
    const present = new Set(['/usr/bin/google-chrome', '/usr/bin/chromium-browser']);
    expect(await findChromium({ env: {}, platform: 'linux', arch: 'x64', exists: (path) => present.has(path), packaged })).toBe('/usr/bin/chromium-browser');
    const mac = SYSTEM_CHROMIUM_PATHS.darwin![1]!;
    expect(await findChromium({ env: {}, platform: 'darwin', arch: 'arm64', exists: (path) => path === mac, packaged })).toBe(mac);
  });

  test('Linux x64 without a system browser uses the Chromium shipped in the npm package', async () => {
    expect(await findChromium({ env: {}, platform: 'linux', arch: 'x64', exists: none, packaged })).toBe('/tmp/packaged-chromium');
  });

  test('elsewhere, no browser is an error naming the places looked at and CHROMIUM_PATH', async () => {
    await expect(findChromium({ env: {}, platform: 'darwin', arch: 'arm64', exists: none, packaged })).rejects.toThrow(/Google Chrome\.app.*CHROMIUM_PATH/);
  });

  test.runIf(process.platform === 'linux' && process.arch === 'x64')('the packaged Chromium unpacks to an executable file', async () => {
    const path = await findChromium({ env: {}, exists: none });
    const { statSync } = await import('node:fs');
    expect(statSync(path).mode & 0o111).not.toBe(0);
  });
});
