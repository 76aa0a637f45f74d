import { describe, expect, test } from 'vitest';
import { parsePublicationDate, twoDigitYearToDay } from './parsePublicationDate.ts';

describe('parsePublicationDate', () => {
  test('reads English-style publication lines', () => {
    expect(parsePublicationDate('تاريخ النشر: 7th, January 2025 GMT')).toBe('2025-01-07');
    expect(parsePublicationDate('Published January 7, 2025')).toBe('2025-01-07');
    expect(parsePublicationDate('2025-01-07T10:00')).toBe('2025-01-07');
    expect(parsePublicationDate('نشر في 07/01/2025')).toBe('2025-01-07');
  });
  test('reads Arabic publication lines with any digits', () => {
    expect(parsePublicationDate('نُشر في ٧ يناير ٢٠٢٥')).toBe('2025-01-07');
    expect(parsePublicationDate('السبت 14 أيلول 2024')).toBe('2024-09-14');
  });
  test('returns undefined for a line without a real date', () => {
    expect(parsePublicationDate('تاريخ النشر: قريبا')).toBeUndefined();
    expect(parsePublicationDate('31/02/2025')).toBeUndefined();
  });
});

describe('parsePublicationDate on the forms of Arab sites', () => {
  test.each([
    ['الأحد 1444/12/28 هـ - 16-07-2023 م | 22:41', '2023-07-16'],
    ['الخميس / ٠٣ / ذو القعدة / ١٤٤٦ هـ الخميس ٠١ مايو ٢٠٢٥', '2025-05-01'],
    ['الأربعاء 5 رمضان 1443 هـ - 6 أبريل 2022 م', '2022-04-06'],
    ['2023/09/03 16:48', '2023-09-03'],
    ['21.09.2022', '2022-09-21'],
    ['22-مارس-2023', '2023-03-22'],
    ['كتابة: ٢٠٢٣-١٠-٠٥', '2023-10-05'],
    ['نُشر: 00:05-4 يوليو 2023 م ـ 16 ذو الحِجّة 1444 هـ', '2023-07-04'],
  ])('reads %s', (line, day) => {
    expect(parsePublicationDate(line)).toBe(day);
  });

  test('gives none for a line whose Hijri and Gregorian dates disagree', () => {
    expect(parsePublicationDate('الأحد 28 ذو الحجة 1444 هـ الموافق 20 يوليو 2023 م')).toBeUndefined();
  });

  // the waiting set's nettle-03 (IRNA): a date in figures with no era is Hijri or Iranian solar; it agrees with the
  // Gregorian beside it in either calendar, and alone it dates nothing unless only one calendar gives a past day
  test.each<[string, string | undefined]>([
    ['1387/09/08 - 2008/11/28', '2008-11-28'],
    ['1444/12/28 - 2023/07/16', '2023-07-16'],
    ['1387/09/08 - 2010/11/28', undefined],
    // solar 1380 is 2001, Hijri 1380 is 1960: no telling which
    ['انتهى - 1380/07/11', undefined],
    // solar 1444 is still to come: Hijri
    ['1444/12/28', '2023-07-16'],
  ])('a date in figures with no era: %s', (line, day) => {
    expect(parsePublicationDate(line)).toBe(day);
  });
});

describe('twoDigitYearToDay', () => {
  // the waiting set's willow-05 (Kul al-Arab): «نشر: 30/08/22 17:48»
  test.each<[string, string | undefined]>([
    ['نشر: 30/08/22 17:48', '2022-08-30'],
    ['نشر: ٣٠/٠٨/٢٢', '2022-08-30'],
    ['آخر تحديث: 05.12.26', '2026-12-05'],
    ['نشر: 31/02/22', undefined],
    ['نشر: 12/05/2022', undefined],
    ['نشر: 30/13/22', undefined],
  ])('%s', (line, day) => {
    expect(twoDigitYearToDay(line)).toBe(day);
  });
});
