import { describe, expect, test } from 'vitest';
import { wrapWords } from './wrapWords.ts';

// One unit per character: widths are easy to reason about.
const measure = (text: string) => text.length;

describe('wrapWords', () => {
  test('fills each line with as many words as fit', () => {
    expect(wrapWords('اليابان والهند تبحثان التعاون البحري', 15, 5, measure)).toEqual({ lines: ['اليابان والهند', 'تبحثان التعاون', 'البحري'], truncated: false });
  });

  test('keeps a text that fits on one line whole', () => {
    expect(wrapWords('  قمة   ثنائية ', 40, 1, measure)).toEqual({ lines: ['قمة ثنائية'], truncated: false });
  });

  test('ends the last allowed line with an ellipsis when words are left over', () => {
    const { lines, truncated } = wrapWords('واحد اثنان ثلاثة أربعة خمسة ستة', 12, 2, measure);
    expect(truncated).toBe(true);
    expect(lines).toEqual(['واحد اثنان', 'ثلاثة أربعة…']);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(12);
    // One unit narrower: the ellipsis no longer fits after two words, so a word is dropped for it.
    expect(wrapWords('واحد اثنان ثلاثة أربعة خمسة ستة', 11, 2, measure).lines).toEqual(['واحد اثنان', 'ثلاثة…']);
  });

  test('never splits a word, even one wider than the line', () => {
    expect(wrapWords('Takeshi-Iwaya-Foreign-Minister قال', 10, 3, measure).lines).toEqual(['Takeshi-Iwaya-Foreign-Minister', 'قال']);
  });

  test('keeps a Latin name or bracket of up to three words on one line', () => {
    expect(wrapWords('وزير الخارجية (Takeshi Iwaya) يلتقي Cho Tae-yul', 24, 5, measure).lines).toEqual(['وزير الخارجية', '(Takeshi Iwaya) يلتقي', 'Cho Tae-yul']);
    expect(wrapWords('Japan and India sign a pact', 12, 5, measure).lines).toEqual(['Japan and India', 'sign a pact']);
  });

  test('an empty text gives no line', () => {
    expect(wrapWords('   ', 10, 2, measure)).toEqual({ lines: [], truncated: false });
  });
});
