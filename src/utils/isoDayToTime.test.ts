import { describe, expect, test } from 'vitest';
import { isoDayToTime } from './isoDayToTime.ts';

describe('isoDayToTime', () => {
  test('gives the UTC time of a real day', () => {
    expect(isoDayToTime('2025-01-07')).toBe(Date.parse('2025-01-07T00:00:00Z'));
    expect(isoDayToTime('2024-02-29')).toBe(Date.parse('2024-02-29T00:00:00Z'));
    expect(isoDayToTime('2000-02-29')).toBe(Date.parse('2000-02-29T00:00:00Z'));
    expect(isoDayToTime('1999-12-31')).toBe(Date.parse('1999-12-31T00:00:00Z'));
  });

  test('refuses a day that does not exist', () => {
    for (const day of ['2025-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025-01-32']) expect(isoDayToTime(day), day).toBeUndefined();
  });

  test('refuses any other writing of a day, and years Date.UTC would read as 19xx', () => {
    for (const day of ['2025-1-07', '2025-01-7', '2025/01/07', ' 2025-01-07', '2025-01-07T00:00', '٢٠٢٥-٠١-٠٧', '', '0050-01-01']) expect(isoDayToTime(day), day).toBeUndefined();
  });
});
