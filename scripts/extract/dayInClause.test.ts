import { describe, expect, test } from 'vitest';
import { foldForMatching } from '../../src/arabic/fold.ts';
import { afterBound, inClauseAboutOtherThanTalks, inClauseOnTheTalks, isAside, opensSpan } from './dayInClause.ts';

/** The folded sentence and the position of a day's word in it. */
const at = (text: string, day: string): [string, number] => {
  const norm = foldForMatching(text);
  return [norm, norm.indexOf(foldForMatching(day))];
};

describe('afterBound and isAside', () => {
  test.each([
    ['after «منذ»', 'لم يلتق الجانبان منذ عام 2019', '2019', true],
    ['after «قبل»', 'زار طوكيو قبل 3 سنوات', '3', true],
    ['a day that dates the talks', 'التقى الوزير نظيره يوم الاثنين 5 مايو', '5', false],
  ])('%s', (_case, text, day, expected) => {
    expect(afterBound(...at(text, day))).toBe(expected);
    expect(isAside(...at(text, day))).toBe(expected);
  });
  test('a day in a relative clause is an aside', () => {
    expect(isAside(...at('في إطار الزيارة التي بدأها أمس السبت', 'أمس'))).toBe(true);
  });
});

describe('opensSpan', () => {
  test.each([
    ['«من 6 إلى 13 أغسطس»', 'خلال الفترة من 6 إلى 13 أغسطس', '6', true],
    ['«6-13 أغسطس»', 'في جولة 6-13 أغسطس', '6', true],
    ['one day', 'يوم 6 أغسطس في طوكيو', '6', false],
  ])('%s', (_case, text, day, expected) => {
    expect(opensSpan(...at(text, day))).toBe(expected);
  });
});

describe('the relative clause a day stands in', () => {
  test.each([
    ['the visit', 'في إطار الزيارة التي بدأها أمس السبت', 'أمس', true, false],
    ['another occasion', 'على هامش القمة التذكارية بين اليابان ودول آسيان، والتي استضافتها العاصمة اليابانية أمس السبت', 'أمس', true, false],
    ['a summit, the talks\' own word', 'خلال القمة التي عقدها الزعيمان أمس السبت', 'أمس', false, true],
    ['the talks by their noun', 'وتناولت المحادثات التي أجراها الوزير يوم الخميس', 'الخميس', false, true],
    ['the talks by a noun and its adjective', 'خلال الاتصال الهاتفي الذي تلقاه أمس الاثنين', 'أمس', false, true],
    // (its head is no word of the talks, so the clause is about someone else too: «التي استقبلها» dates the talks all the same)
    ['the talks by the clause\'s verb', 'مع الوزيرة كاواغوتشي، التي استقبلها بعد ظهر أمس', 'أمس', true, true],
    ['another meeting after «منذ»', 'منذ اللقاء الذي استضافته طوكيو في أكتوبر 2013', 'أكتوبر', false, false],
    ['no clause at all', 'التقى الوزير نظيره أمس الأحد', 'أمس', false, false],
  ])('%s', (_case, text, day, aboutOther, onTalks) => {
    expect(inClauseAboutOtherThanTalks(...at(text, day))).toBe(aboutOther);
    expect(inClauseOnTheTalks(...at(text, day))).toBe(onTalks);
  });
});
