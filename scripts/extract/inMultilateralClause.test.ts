import { describe, expect, test } from 'vitest';
import { inMultilateralClause } from './inMultilateralClause.ts';
import { articleToSentences } from './sentences.ts';

/** The token index of the first word `word` in the one sentence of `text`, and whether it stands in a multilateral clause. */
const at = (text: string, word: string) => {
  const sentence = articleToSentences({ title: 'عنوان', paragraphs: [text] })[1]!;
  const index = sentence.tokens.findIndex((token) => token.norm === word);
  return inMultilateralClause(sentence, index);
};

describe('inMultilateralClause', () => {
  // pair-38 (CRI) and pair-46 (Al-Ain): who chaired or hosted the multilateral meeting
  test.each([
    ['وجرى اللقاء عقب اختتام الاجتماع الثلاثي الذي ترأسه رئيس مجلس الدولة الصيني لي كه تشيانغ.', 'تشيانغ'],
    ['والتقى الزعيمان عقب القمة الرباعية التي استضافها الرئيس الأمريكي جو بايدن.', 'بايدن'],
  ])('a name in a clause about a multilateral meeting: %s', (text, word) => {
    expect(at(text, word)).toBe(true);
  });
  test.each([
    ['وجرى اللقاء في القصر الذي بناه الملك عبدالعزيز في الرياض.', 'عبدالعزيز'],
    ['التقى رئيس الوزراء الياباني الرئيس الكوري الجنوبي مون جيه إن في تشنغدو.', 'مون'],
    ['وجرى اللقاء عقب الاجتماع الثلاثي، الذي ترأسه رئيس مجلس الدولة، ثم التقى الرئيس مون.', 'مون'],
  ])('no multilateral clause around the name: %s', (text, word) => {
    expect(at(text, word)).toBe(false);
  });
});
