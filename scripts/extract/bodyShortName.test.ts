import { describe, expect, test } from 'vitest';
import { inBrackets, quotedShortNameEnd } from './bodyShortName.ts';
import { articleToSentences } from './sentences.ts';

const sentenceOf = (text: string) => articleToSentences({ title: 'عنوان', paragraphs: [text] })[1]!;
/** The folded word at which the short name opening at word `word` of the sentence ends, or undefined. */
const endAfter = (text: string, word: number) => {
  const sentence = sentenceOf(text);
  const end = quotedShortNameEnd(sentence, word);
  return end === undefined ? undefined : sentence.tokens[end]!.norm;
};

describe('quotedShortNameEnd', () => {
  // a text, the word where the quote opens, and the word after the short name (none: it is no body's short name here)
  test.each<[string, number, string | undefined]>([
    ['المدير العام لهيئة الاستثمار «كين إنفست» موزس إكيارا', 4, 'موزس'],
    ['رئيس الوكالة اليابانية للتعاون الدولي «جايكا» أكيهيكو تاناكا', 5, 'اكيهيكو'],
    // a name in guillemets with nothing after it is the person's own
    ['سفير طوكيو في طهران «تسوكادا تاماكي»، أن التعاون', 4, undefined],
    // straight quotes set off people's names too
    ['نظيرته المنغولية "باتمونخ باتسيتسيغ" أمس', 2, undefined],
  ])('%s (word %i) → %s', (text, word, expected) => {
    expect(endAfter(text, word)).toBe(expected);
  });
});

describe('inBrackets', () => {
  test('an acronym alone in brackets, not a word beside one', () => {
    const sentence = sentenceOf('وزير خارجية الجماعة الكاريبية (كاريكوم) كامينا سميث');
    expect(inBrackets(sentence, 4)).toBe(true);
    expect(inBrackets(sentence, 5)).toBe(false);
  });
});
