import { describe, expect, test } from 'vitest';
import { withEgyptianHardG } from './withEgyptianHardG.ts';

describe('withEgyptianHardG', () => {
  test.each([
    ['غواتيمالا', ['غواتيمالا', 'جواتيمالا']],
    ['الكونغولي', ['الكونغولي', 'الكونجولي']],
    ['سنغافورة', ['سنغافورة', 'سنجافورة']],
    ['الهند', ['الهند']],
    ['جيبوتي', ['جيبوتي']],
  ])('%s', (name, spellings) => {
    expect(withEgyptianHardG(name)).toEqual(spellings);
  });
});
