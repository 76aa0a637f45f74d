import { describe, expect, test } from 'vitest';
import { logToShareImageStats } from './shareImageLog.ts';

describe('logToShareImageStats', () => {
  test('reads the counts and times of the build log line, colours and all', () => {
    const log = '12:00:01 [build] Complete!\n\u001b[2m12:00:02\u001b[22m \u001b[34m[share-image-report]\u001b[39m share images: 10012 drawn in 183.4 s, 3 read from .cache/share-images in 0.1 s; 0 unused cache files removed\n';
    expect(logToShareImageStats(log)).toEqual({ drawn: 10012, drawSeconds: 183.4, cached: 3, readSeconds: 0.1 });
  });

  test('says nothing for a log without the line', () => {
    expect(logToShareImageStats('12:00:01 [build] Complete!')).toBeUndefined();
  });
});
