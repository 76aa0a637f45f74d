import { describe, expect, test } from 'vitest';
import { foldForMatching } from '../../src/arabic/fold.ts';
import { isReportVerb } from './isReportVerb.ts';

describe('isReportVerb', () => {
  test.each([
    ['قالت', true],
    ['وقالت', true],
    ['فأعلن', true],
    ['ذكرت', true],
    ['التقى', false],
    ['وزارة', false],
    ['وقال الوزير', false],
  ])('«%s» → %s', (word, expected) => {
    expect(isReportVerb(foldForMatching(word))).toBe(expected);
  });
});
