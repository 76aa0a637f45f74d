import { describe, expect, it } from 'vitest';
import { IN_WORD, PAIR, STARTS_WORD, wordClassAt } from './wordClass.ts';

const starts = (text: string, at = 0) => (wordClassAt(text, at) & STARTS_WORD) !== 0;
const continues = (text: string, at = 0) => (wordClassAt(text, at) & IN_WORD) !== 0;

describe('wordClassAt', () => {
  it('lets letters and digits of any script start a word', () => {
    for (const char of ['ب', 'a', 'Z', '٣', '7', 'ж', '中']) expect(starts(char), char).toBe(true);
  });

  it('lets marks, apostrophes and hyphens go on with a word but not start one', () => {
    for (const char of ['\u0301', "'", '’', '-']) {
      expect(starts(char), char).toBe(false);
      expect(continues(char), char).toBe(true);
    }
  });

  it('classes spaces and punctuation as outside words', () => {
    for (const char of [' ', '،', '.', ':', '«', '|']) expect(wordClassAt(char, 0) & (STARTS_WORD | IN_WORD)).toBe(0);
  });

  it('reads a surrogate pair as one code point, and a lone surrogate as no letter', () => {
    const bold = '𝐀';
    expect(wordClassAt(bold, 0) & PAIR).toBe(PAIR);
    expect(starts(bold)).toBe(true);
    expect(starts('\uD835x')).toBe(false);
    expect(wordClassAt('\uD835x', 0) & PAIR).toBe(0);
  });

  it('gives the same class on a second look (read from its table)', () => {
    expect(wordClassAt('س', 0)).toBe(wordClassAt('س', 0));
    expect(starts('xس', 1)).toBe(true);
  });
});
