import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { probeFileCreation, waitForSettledDisk } from './diskSettle.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'disk-settle-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('probeFileCreation', () => {
  test('returns a positive rate and leaves the files it created', () => {
    const dir = path.join(work, 'probe');
    expect(probeFileCreation(dir, 50)).toBeGreaterThan(0);
    expect(fs.readdirSync(dir)).toHaveLength(50);
  });
});

describe('waitForSettledDisk', () => {
  test('returns after one probe when the time allowed is over, naming the rate it saw', async () => {
    const lines: string[] = [];
    const result = await waitForSettledDisk(path.join(work, 'wait'), { maxWaitSeconds: 0, log: (line) => lines.push(line) });
    expect(result.filesPerSecond).toBeGreaterThan(0);
    expect(fs.readdirSync(path.join(work, 'wait'))).toEqual(['disk-probe-0']);
    expect(lines).toEqual([]);
    // `sync` flushes the whole machine's dirty pages first, which takes seconds while other tests write.
  }, 60_000);
});
