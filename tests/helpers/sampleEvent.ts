import type { EventData } from '../../src/schemas/event.ts';

/** A fresh, valid event for tests (a Japan–US foreign ministers' meeting in Tokyo), with the given fields replaced. */
export function sampleEvent(overrides: Partial<EventData> = {}): EventData {
  return {
    title: 'عنوان',
    summary: 'ملخص',
    date: '2025-01-07',
    datePrecision: 'day',
    dateSource: 'text',
    parties: ['JP', 'US'],
    mentions: [],
    format: 'foreign-ministers-meeting',
    formats: ['foreign-ministers-meeting'],
    location: { city: 'طوكيو', country: 'JP' },
    officials: [],
    source: {},
    seed: 'a.txt',
    ...overrides,
  };
}
