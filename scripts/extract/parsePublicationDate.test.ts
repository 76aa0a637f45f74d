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
