import { describe, expect, test } from 'vitest';
import { parsePublicationDate } from './parsePublicationDate.ts';

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
});
