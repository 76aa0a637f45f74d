import { describe, expect, test } from 'vitest';
import { planOpenerEnd } from './planOpenerEnd.ts';
import { articleToSentences } from './sentences.ts';

const sentenceOf = (text: string) => articleToSentences({ title: 'عنوان', paragraphs: [text] })[1]!;

describe('planOpenerEnd', () => {
  test.each<[string, string | undefined]>([
    ['اتفق الوزيران على خطة عمل يفترض أن يوقعها الزعيمان في يناير.', 'يوقعها'],
    ['وبحث الجانبان التعاون، على أن يلتقيا مجدداً في طوكيو.', 'يلتقيا'],
    ['وبحث الجانبان التعاون الثنائي بين البلدين.', undefined],
  ])('%s → the plan starts at %s', (text, first) => {
    const sentence = sentenceOf(text);
    const at = planOpenerEnd(sentence);
    expect(at === Infinity ? undefined : sentence.tokens[at]!.norm).toBe(first);
  });
});
