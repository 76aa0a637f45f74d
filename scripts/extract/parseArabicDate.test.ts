import { describe, expect, test } from 'vitest';
import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { findDateMentions } from './parseArabicDate.ts';

/** Date mentions as extraction finds them: in the sentence's folded text. */
const parseArabicDate = (text: string) => findDateMentions(normalizeForMatching(text));

const first = (text: string) => {
  const { at: _at, end: _end, ...mention } = parseArabicDate(text)[0] ?? { at: 0 };
  return mention;
};

describe('parseArabicDate', () => {
  test('reads day, Egyptian/Gulf month and year', () => {
    // a weekday written before a date is kept on it, to be checked against the date
    expect(first('يوم الأربعاء (27 نوفمبر 2024)')).toEqual({ kind: 'calendar', day: 27, month: 11, year: 2024, weekday: 3 });
    expect(first('في 29 مايو 2024')).toEqual({ kind: 'calendar', day: 29, month: 5, year: 2024 });
    expect(first('في 3 إبريل 2023')).toEqual({ kind: 'calendar', day: 3, month: 4, year: 2023 });
  });
  test('reads Levantine month names, two words included', () => {
    expect(first('في 15 آذار 2023')).toEqual({ kind: 'calendar', day: 15, month: 3, year: 2023 });
    expect(first('في 2 تشرين الثاني 2022')).toEqual({ kind: 'calendar', day: 2, month: 11, year: 2022 });
    expect(first('في كانون الأول 2021')).toEqual({ kind: 'calendar', month: 12, year: 2021 });
  });
  test('reads Maghrebi month names', () => {
    expect(first('يوم 3 جانفي 2024')).toEqual({ kind: 'calendar', day: 3, month: 1, year: 2024 });
    expect(first('في 14 جويلية 2023')).toEqual({ kind: 'calendar', day: 14, month: 7, year: 2023 });
    expect(first('في 20 أوت 2022')).toEqual({ kind: 'calendar', day: 20, month: 8, year: 2022 });
    // batch 84's toadflax-02 (Al-Akhbar, Nouakchott) and seven more pages: Mauritania's «دجمبر»
    expect(first('نشر بتاريخ: 23 دجمبر 2007')).toEqual({ kind: 'calendar', day: 23, month: 12, year: 2007 });
  });
  test('reads a month written in two sets at once', () => {
    expect(first('في 5 مارس/آذار 2024')).toEqual({ kind: 'calendar', day: 5, month: 3, year: 2024 });
    // batch 34's tide-10 (Reuters) and sage-10 (AWP): the two names side by side, no mark between
    expect(first('في 14 أكتوبر تشرين الأول 2016')).toEqual({ kind: 'calendar', day: 14, month: 10, year: 2016 });
    expect(first('في 5 أيلول (سبتمبر) 2024')).toEqual({ kind: 'calendar', day: 5, month: 9, year: 2024 });
  });
  test('reads a year written with the Gregorian م', () => {
    expect(first('في 27 نوفمبر 2024م')).toEqual({ kind: 'calendar', day: 27, month: 11, year: 2024 });
    expect(first('خلال عام ٢٠٢٣م')).toEqual({ kind: 'calendar', year: 2023 });
  });
  test('reads Arabic-Indic and Persian digits', () => {
    expect(first('في ٢٦ آذار ٢٠٢٥')).toEqual({ kind: 'calendar', day: 26, month: 3, year: 2025 });
    expect(first('في ۲۶ مارس ۲۰۲۵')).toEqual({ kind: 'calendar', day: 26, month: 3, year: 2025 });
  });
  test('reads ordinal day words', () => {
    expect(first('في الرابع من ديسمبر')).toEqual({ kind: 'calendar', day: 4, month: 12 });
    expect(first('في الحادي عشر من أيلول')).toEqual({ kind: 'calendar', day: 11, month: 9 });
    expect(first('يوم الحادي والعشرين من شباط 2022')).toEqual({ kind: 'calendar', day: 21, month: 2, year: 2022 });
    expect(first('في الثلاثين من يونيو 2020')).toEqual({ kind: 'calendar', day: 30, month: 6, year: 2020 });
  });
  test('takes the first day of a range', () => {
    expect(first('في 27 و28 نوفمبر 2024')).toEqual({ kind: 'calendar', day: 27, month: 11, year: 2024 });
  });
  test('reads a month relative to publication', () => {
    expect(first('في الأول من يناير الجاري')).toEqual({ kind: 'calendar', day: 1, month: 1, relation: 'current' });
    expect(first('ديسمبر الماضي')).toEqual({ kind: 'calendar', month: 12, relation: 'past' });
  });
  test('reads numeric dates, day first or ISO', () => {
    expect(first('بتاريخ 27/11/2024')).toEqual({ kind: 'calendar', day: 27, month: 11, year: 2024 });
    expect(first('في ٢٧-١١-٢٠٢٤')).toEqual({ kind: 'calendar', day: 27, month: 11, year: 2024 });
    expect(first('(2024-11-27)')).toEqual({ kind: 'calendar', day: 27, month: 11, year: 2024 });
    expect(parseArabicDate('بنسبة 3.5 في 2024')).toEqual([]);
  });
  test('reads a bare month only after في / خلال / مطلع', () => {
    expect(first('عقد الحوار في ديسمبر في طوكيو')).toEqual({ kind: 'calendar', month: 12 });
    expect(first('مطلع شهر آذار')).toEqual({ kind: 'calendar', month: 3 });
    expect(parseArabicDate('قال أب الطفل')).toEqual([]);
  });
  test('reads a year alone only after عام / سنة', () => {
    expect(first('في عام 2019')).toEqual({ kind: 'calendar', year: 2019 });
    expect(parseArabicDate('اتفاقية الأمم المتحدة لعام ١٩٨٢')).toEqual([]);
  });
  test('reads relative days and weekdays', () => {
    expect(first('نشرته اليوم الثلاثاء')).toEqual({ kind: 'relative', offset: 0, weekday: 2 });
    expect(first('أطلقت صاروخا أمس')).toEqual({ kind: 'relative', offset: -1 });
    expect(first('أول أمس')).toEqual({ kind: 'relative', offset: -2 });
    expect(first('التقى الوزيران بالأمس')).toEqual({ kind: 'relative', offset: -1 });
    expect(first('الثلاثاء الماضي')).toEqual({ kind: 'weekday', weekday: 2, weekdayRelation: 'past' });
  });
  test('ignores اليوم that is not today and ordinals without a month', () => {
    expect(parseArabicDate('حتى اليوم')).toEqual([]);
    expect(parseArabicDate('اليوم الوطني')).toEqual([]);
    expect(parseArabicDate('في القرن العشرين')).toEqual([]);
    expect(parseArabicDate('الاجتماع السادس للمجموعة')).toEqual([]);
  });
  // batch 32's loch-10 (Hespress) and ridge-08: «وفي اليوم نفسه، استقبل …» is the day told before, not the day of publication
  test.each(['وفي اليوم نفسه، استقبل الرئيس نظيره التركي', 'في اليوم ذاته. وقال الوزير', 'منذ «اليوم» الأول'])('ignores اليوم with a mark beside the word that blocks it: %s', (text) => {
    expect(parseArabicDate(text)).toEqual([]);
  });
});

describe('parseArabicDate on the other forms of the grammar', () => {
  test.each([
    ['5-يونيو-2024', { kind: 'calendar', day: 5, month: 6, year: 2024 }],
    ['2023/11/02', { kind: 'calendar', day: 2, month: 11, year: 2023 }],
    ['14-3-2021', { kind: 'calendar', day: 14, month: 3, year: 2021 }],
    ['21.09.2022', { kind: 'calendar', day: 21, month: 9, year: 2022 }],
    ['تشرين الأول (أكتوبر) 2023', { kind: 'calendar', month: 10, year: 2023 }],
    ['صباح الأحد 17 يوليو 2023', { kind: 'calendar', day: 17, month: 7, year: 2023, weekday: 0 }],
    ['28 ذو الحجة 1444 هـ', { kind: 'calendar', calendar: 'islamic', day: 28, month: 12, year: 1444 }],
    ['1444/12/28 هـ', { kind: 'calendar', calendar: 'islamic', day: 28, month: 12, year: 1444 }],
    ['17 اسفند 1404', { kind: 'calendar', calendar: 'persian', day: 17, month: 12, year: 1404 }],
    ['الشهر الماضي', { kind: 'relativeMonth', offset: -1 }],
    ['الأسبوع الماضي', { kind: 'vague' }],
  ])('reads %s', (text, mention) => {
    expect(first(text)).toEqual(mention);
  });

  test('leaves a time of day alone («00:05-4 يوليو» is the 4th)', () => {
    expect(first('00:05-4 يوليو 2023')).toEqual({ kind: 'calendar', day: 4, month: 7, year: 2023 });
  });

  test('reads a Hijri month only with a day («رمضان» alone is not a date)', () => {
    expect(parseArabicDate('خلال شهر رمضان')).toEqual([]);
  });
});
