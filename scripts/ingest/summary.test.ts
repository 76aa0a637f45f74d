import { describe, expect, test } from 'vitest';
import { ledeToSummary, SUMMARY_MAX, textToSentences, textToShortText } from './summary.ts';

describe('textToSentences', () => {
  test('splits after Arabic and Latin sentence ends', () => {
    expect(textToSentences('التقى الوزيران. هل اتفقا؟ نعم! done.')).toEqual(['التقى الوزيران.', 'هل اتفقا؟', 'نعم!', 'done.']);
  });

  test('keeps decimals and (2+2). inside one sentence', () => {
    expect(textToSentences('نما الاقتصاد 2.5 بالمئة في حوار (2+2).')).toEqual(['نما الاقتصاد 2.5 بالمئة في حوار (2+2).']);
  });

  // batch 62's fenugreek-07 (Al-Qabas): a headline with «الشيخ د.» was cut to «الشيخ د» as if the stop ended it
  test.each([
    ['الشيخ د. أحمد الناصر وموتيجي يبحثان هاتفياً العلاقات الثنائية', ['الشيخ د. أحمد الناصر وموتيجي يبحثان هاتفياً العلاقات الثنائية']],
    ['استقبل أ.د. محمد الوزير. وبحثا التعاون.', ['استقبل أ.د. محمد الوزير.', 'وبحثا التعاون.']],
    ['التقى م. سامي الوزير الياباني. ثم غادر.', ['التقى م. سامي الوزير الياباني.', 'ثم غادر.']],
  ])('a title\'s abbreviation ends no sentence: %s', (text, sentences) => {
    expect(textToSentences(text)).toEqual(sentences);
  });
});

describe('textToShortText', () => {
  test('returns short text unchanged', () => {
    expect(textToShortText('قصير', 10)).toBe('قصير');
  });

  test('cuts at a clause boundary and marks the cut', () => {
    const text = `${'أ'.repeat(60)}، ${'ب'.repeat(60)}`;
    expect(textToShortText(text, 100)).toBe(`${'أ'.repeat(60)}…`);
  });
});

describe('ledeToSummary', () => {
  test('returns the first sentence, adding a short second one', () => {
    expect(ledeToSummary('التقى الوزيران في طوكيو. وبحثا التعاون. ثم غادرا.')).toBe('التقى الوزيران في طوكيو. وبحثا التعاون.');
  });

  test('never exceeds 300 characters', () => {
    const long = `${'كلمة '.repeat(120)}.`;
    expect(ledeToSummary(long).length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(ledeToSummary(long).endsWith('…')).toBe(true);
  });
});
