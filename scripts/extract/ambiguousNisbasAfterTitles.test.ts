import { describe, expect, test } from 'vitest';
import { ambiguousNisbasAfterTitles } from './ambiguousNisbasAfterTitles.ts';
import { articleToSentences } from './sentences.ts';

/** The words read as Mali in a sentence, with their kind. */
const maliIn = (text: string) => {
  const sentence = articleToSentences({ title: text, paragraphs: [] })[0]!;
  return ambiguousNisbasAfterTitles(sentence).map((found) => `${sentence.text.slice(sentence.tokens[found.start]!.start, sentence.tokens[found.end - 1]!.end)}:${found.code}:${found.kind}`);
};

describe('ambiguousNisbasAfterTitles', () => {
  // next's bluebell-01 (Al-Ahram) and batch 72's coriander-05 (Al-Akhbar, Nouakchott): Mali's «المالي» is «financial» too
  test.each([
    ['a leader\'s nisba', 'استقبل الرئيس المالي المؤقت ديونكوندا تراوري', ['المالي:ML:nisba']],
    ['the country in construct after a bare title', 'آبي يؤكد لرئيس مالي المؤقت استعداد اليابان', ['مالي:ML:name']],
    ['after a minister\'s title and the portfolio joined to it', 'التقت وزيرة الخارجية والتعاون الدولي المالية كاميسا كامارا', ['المالية:ML:nisba']],
    ['after a counterpart', 'وأبلغ كونو نظيرته المالية أن بلاده وقعت مذكرتين', ['المالية:ML:nisba']],
    // batch 95's figwort-05 (Al-Sharq), waiting dropwort-06, yarrow-05, mallow-02: the Comorian nisba is «lunar» too
    ['the Comorian counterpart', 'أجرى كونو محادثات مع نظيره القمري محمد الأمين صويف', ['القمري:KM:nisba']],
    ['the Comorian president', 'وأكد الرئيس القمري أن بلاده تدعم', ['القمري:KM:nisba']],
  ])('%s', (_case, text, expected) => {
    expect(maliIn(text)).toEqual(expected);
  });
  test.each([
    ['the finance minister, a title of its own', 'التقى وزير المالية الياباني نظيره'],
    ['an adviser, no political office', 'قال المستشار المالي للرئيس إن'],
    ['«financial» after a noun that is no title', 'بحث وزير الخارجية الدعم المالي'],
    ['the bare name after a definite title is no construct', 'التقى الرئيس مالي الأسبوع الماضي'],
    ['«lunar» after a noun that is no title', 'بمناسبة حلول رأس السنة القمرية الفيتنامية'],
  ])('not %s', (_case, text) => {
    expect(maliIn(text)).toEqual([]);
  });
});
