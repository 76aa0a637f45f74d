import { describe, expect, test } from 'vitest';
import { eventToShareCard } from './eventToShareCard.ts';

describe('eventToShareCard', () => {
  test('shows the format, the title, both calendars and the parties with Japan first', () => {
    const card = eventToShareCard({ title: 'وزير الخارجية يزور سيول', date: '2025-01-13', datePrecision: 'day', format: 'official-visit', parties: ['JP', 'KR'].sort() });
    expect(card).toEqual({
      eyebrow: 'زيارة رسمية',
      title: 'وزير الخارجية يزور سيول',
      lines: [{ text: '13 يناير 2025 · 13 رجب 1446 هـ' }, { text: 'اليابان · كوريا الجنوبية' }],
      site: 'دبلوماسية اليابان الثنائية',
    });
  });

  test('a date known to the month only is shown to the month', () => {
    const card = eventToShareCard({ title: 'حوار', date: '2024-05-01', datePrecision: 'month', format: 'strategic-dialogue', parties: ['IN', 'JP'] });
    expect(card.lines[0]!.text).toBe('مايو 2024 · شوال 1445 هـ');
    expect(card.lines[1]!.text).toBe('اليابان · الهند');
  });
});
