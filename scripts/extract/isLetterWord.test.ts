import { describe, expect, test } from 'vitest';
import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { isLetterWord } from './isLetterWord.ts';

describe('isLetterWord', () => {
  test.each<[string, boolean]>([
    ['رسالة', true],
    ['وبرسالة', true],
    ['للرسالة', true],
    ['برقية', true],
    ['رسائل', false],
    ['زيارة', false],
  ])('%s → %s', (word, expected) => {
    expect(isLetterWord(normalizeForMatching(word))).toBe(expected);
  });
});
