import { describe, expect, test } from 'vitest';
import { createIdSequence, eventToBaseId, eventsToIds } from './eventId.ts';

const data = (date: string, parties: string[], format: string) => ({ data: { date, parties, format } as never });

describe('eventToBaseId', () => {
  test('joins date, partner codes without JP and the format', () => {
    expect(eventToBaseId({ date: '2024-11-27', parties: ['IN', 'JP'], format: 'official-visit' })).toBe('2024-11-27-in-official-visit');
  });

  test('spells + as plus', () => {
    expect(eventToBaseId({ date: '2025-12-04', parties: ['JP', 'VN'], format: '2+2-vice-ministerial' })).toBe('2025-12-04-vn-2plus2-vice-ministerial');
  });

  test('lists several partners in order', () => {
    expect(eventToBaseId({ date: '2025-01-01', parties: ['JP', 'KR', 'US'], format: 'summit' })).toBe('2025-01-01-kr-us-summit');
  });
});

describe('eventsToIds', () => {
  test('adds -2 and -3 to repeated ids in order', () => {
    const events = [data('2025-01-01', ['IN', 'JP'], 'other'), data('2025-01-01', ['IN', 'JP'], 'other'), data('2025-01-01', ['IN', 'JP'], 'other')];
    expect(eventsToIds(events)).toEqual(['2025-01-01-in-other', '2025-01-01-in-other-2', '2025-01-01-in-other-3']);
  });
});

describe('createIdSequence', () => {
  test('returns the ids eventsToIds gives, one event at a time', () => {
    const events = [data('2025-01-01', ['IN', 'JP'], 'other'), data('2025-01-02', ['IN', 'JP'], 'other'), data('2025-01-01', ['IN', 'JP'], 'other')];
    const nextId = createIdSequence();
    expect(events.map((event) => nextId(event.data))).toEqual(eventsToIds(events));
  });

  test('returns independent sequences for two calls', () => {
    const first = createIdSequence();
    const second = createIdSequence();
    expect(first(data('2025-01-01', ['IN', 'JP'], 'other').data)).toBe('2025-01-01-in-other');
    expect(second(data('2025-01-01', ['IN', 'JP'], 'other').data)).toBe('2025-01-01-in-other');
  });
});
