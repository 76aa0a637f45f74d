import { describe, expect, test } from 'vitest';
import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { findDateMentions } from './parseArabicDate.ts';

/** Date mentions as extraction finds them: in the sentence's folded text. */
const parseArabicDate = (text: string) => findDateMentions(normalizeForMatching(text));
import { resolveDateMention } from './resolveDateMention.ts';

const resolve = (text: string, publishedAt?: string) => resolveDateMention(parseArabicDate(text)[0]!, publishedAt);

describe('resolveDateMention', () => {
  test('gives day, month and year precision', () => {
    expect(resolve('في 29 مايو 2024').date).toEqual({ date: '2024-05-29', precision: 'day' });
    expect(resolve('في مايو 2024').date).toEqual({ date: '2024-05-01', precision: 'month' });
    expect(resolve('في عام 2024').date).toEqual({ date: '2024-01-01', precision: 'year' });
  });
  test('never guesses a missing year', () => {
    expect(resolve('في الرابع من ديسمبر')).toEqual({ partial: { month: 12, day: 4 }, future: false });
    // six months from the publication day: no year is near enough to be sure of
    expect(resolve('في الرابع من ديسمبر', '2025-06-10')).toEqual({ partial: { month: 12, day: 4 }, future: false });
  });
  test('reads a day and month without year within two months before the publication day (a dateline)', () => {
    expect(resolve('في الرابع من ديسمبر', '2025-12-10').date).toEqual({ date: '2025-12-04', precision: 'day' });
    expect(resolve('القاهرة 30 ديسمبر', '2026-01-02').date).toEqual({ date: '2025-12-30', precision: 'day' });
  });
  test('converts Hijri and Iranian solar dates with their calendars', () => {
    expect(resolve('28 ذو الحجة 1444 هـ').date).toEqual({ date: '2023-07-16', precision: 'day' });
    expect(resolve('17 اسفند 1404').date).toEqual({ date: '2026-03-08', precision: 'day' });
  });
  test('resolves الجاري and الماضي against the publication day', () => {
    expect(resolve('في الأول من يناير الجاري', '2025-01-07').date).toEqual({ date: '2025-01-01', precision: 'day' });
    expect(resolve('ديسمبر الماضي', '2025-01-07').date).toEqual({ date: '2024-12-01', precision: 'month' });
  });
  test('marks a month called past that no publication date places', () => {
    expect(resolve('في مايو الماضي')).toEqual({ partial: { month: 5 }, future: false, past: true });
    expect(resolve('في مايو المقبل')).toEqual({ partial: { month: 5 }, future: true });
    expect(resolve('في مايو الماضي', '2025-01-07').past).toBeUndefined();
  });
  test('resolves relative days and weekdays to the nearest day on or before publication', () => {
    expect(resolve('اليوم الثلاثاء', '2025-01-07').date?.date).toBe('2025-01-07');
    expect(resolve('أمس', '2025-01-07').date?.date).toBe('2025-01-06');
    expect(resolve('يوم الأحد', '2025-01-07').date?.date).toBe('2025-01-05');
    expect(resolve('الثلاثاء الماضي', '2025-01-07').date?.date).toBe('2024-12-31');
  });
  test('flags a weekday that does not match the relative day', () => {
    expect(resolve('اليوم الاثنين', '2025-01-07').weekdayMismatch).toBe(true);
  });
  test('gives nothing for a relative day without publication day', () => {
    expect(resolve('أمس')).toEqual({});
  });
  test('resolves غدا and the coming weekday of a preview article', () => {
    expect(resolve('غدا', '2025-01-07').date?.date).toBe('2025-01-08');
    expect(resolve('الخميس المقبل', '2025-01-07').date?.date).toBe('2025-01-09');
  });
  test('marks the next month as future', () => {
    expect(resolve('في مارس المقبل', '2025-01-07').future).toBe(true);
  });
});
