import { describe, expect, test } from 'vitest';
import { datedVisitStarts } from './datedVisits.ts';
import { articleToSentences } from './sentences.ts';

/** The folded words from each dated visit's noun on, as far as `words` words. */
function datedVisits(text: string, eventDay?: string, words = 3): string[] {
  const sentence = articleToSentences({ title: 'عنوان', paragraphs: [text] })[1]!;
  return datedVisitStarts(sentence, eventDay).map((start) => sentence.norm.slice(start).split(' ').slice(0, words).join(' '));
}

describe('datedVisitStarts', () => {
  // the waiting set's wallflower-06 and waterwort-07 (MOFA courtesy calls of Lithuania's ambassador, December 2022)
  test.each([
    ['رحب الوزير في رسالته بالشراكة بمناسبة زيارة رئيسة وزراء ليتوانيا إنغريدا شيمونيتي إلى اليابان في أكتوبر الماضي.', undefined, ['زياره رييسه وزراء']],
    ['مستشهدة بزيارة وزير الخارجية الليتواني غابريليوس لاندسبيرغيس إلى اليابان في يونيو، ثم بالشراكة.', '2022-12-15', ['بزياره وزير الخارجيه']],
    ['وأشاد بزيارة رئيس الوزراء البريطاني ديفيد كاميرون لطوكيو مطلع نيسان الماضي.', '2016-06-02', ['بزياره رييس الوزراء']],
  ])('a visit dated by a month of its own: %s', (text, day, expected) => {
    expect(datedVisits(text, day)).toEqual(expected);
  });

  test.each([
    // a month of the event's own may be the visit the story tells
    ['التقى الوزير نظيره خلال زيارة رئيس الوزراء إلى طوكيو في ديسمبر.', '2022-12-15'],
    // a day is a date, not a month of another time
    ['التقى الوزير نظيره خلال زيارة رئيس الوزراء إلى طوكيو في 5 أكتوبر.', '2022-12-15'],
    // «الشهر الجاري» is the story's month
    ['بحث الجانبان ترتيبات زيارة الرئيس إلى اليابان خلال الشهر الجاري.', undefined],
    // a comma ends the visit before the month
    ['رحب بزيارة الرئيس، وقال في أكتوبر إن العلاقات متينة.', undefined],
    // a visit with a pronoun names no one after it
    ['وأشاد بزيارته إلى طوكيو في أكتوبر الماضي.', undefined],
  ])('no dated visit of someone else: %s', (text, day) => {
    expect(datedVisits(text, day)).toEqual([]);
  });
});
