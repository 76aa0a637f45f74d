import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { BUILD_RUNNING_MARK, endBuild, INCREMENTAL_MANIFEST, startBuild } from './incrementalBuildGuard.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
const cacheDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guard-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, INCREMENTAL_MANIFEST), '{}');
  return dir;
};

describe('incremental build guard', () => {
  test('a build that ended keeps the record for the next one', () => {
    const dir = cacheDir();
    expect(startBuild(dir)).toBe(false);
    endBuild(dir);
    expect(startBuild(dir)).toBe(false);
    expect(fs.existsSync(path.join(dir, INCREMENTAL_MANIFEST))).toBe(true);
  });

  test('after a build stopped half-way, the next one forgets the record and renders every page', () => {
    const dir = cacheDir();
    startBuild(dir);
    expect(fs.existsSync(path.join(dir, BUILD_RUNNING_MARK))).toBe(true);
    expect(startBuild(dir)).toBe(true);
    expect(fs.existsSync(path.join(dir, INCREMENTAL_MANIFEST))).toBe(false);
  });
});
