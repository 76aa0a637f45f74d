import { describe, expect, test } from 'vitest';
import { commaBetween } from './commaBetween.ts';
import { articleToSentences } from './sentences.ts';

const sentenceOf = (text: string) => articleToSentences({ title: text, paragraphs: [] })[0]!;

describe('commaBetween', () => {
  test('sees a comma or semicolon between two tokens, not one before or after them', () => {
    const sentence = sentenceOf('التقى الوزير، في طوكيو، نظيره الياباني');
    expect(commaBetween(sentence, 1, 2)).toBe(true);
    expect(commaBetween(sentence, 0, 1)).toBe(false);
    expect(commaBetween(sentence, 2, 3)).toBe(false);
  });
  test('a comma before «حيث» goes on with the clause when asked', () => {
    const sentence = sentenceOf('التقى الزعيمان في طوكيو، حيث بحثا التعاون');
    expect(commaBetween(sentence, 3, 5)).toBe(true);
    expect(commaBetween(sentence, 3, 5, true)).toBe(false);
  });
});
