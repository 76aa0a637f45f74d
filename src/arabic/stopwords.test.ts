import { describe, expect, test } from 'vitest';
import { isStopword, isStopwordOnlyAsTaMarbuta } from './stopwords.ts';

describe('isStopword', () => {
  test.each<[string, boolean]>([
    ['في', true],
    ['وأن', false],
    ['وان', true],
    ['فقد', true],
    ['كيشيدا', false],
  ])('%s → %s', (word, expected) => {
    expect(isStopword(word)).toBe(expected);
  });
});

// batch 80's cowslip-03 («داي بينغ قوه») and the waiting set's pair-101 («تسي قوه ون»): Chinese Guo written with «ه»
describe('isStopwordOnlyAsTaMarbuta', () => {
  test.each<[string, boolean]>([
    ['قوه', true],
    ['قوة', false],
    ['فيه', false],
    ['كيشيدا', false],
  ])('%s → %s', (written, expected) => {
    expect(isStopwordOnlyAsTaMarbuta(written)).toBe(expected);
  });
});
