import { describe, expect, test } from 'vitest';
import { eventsToCountryHubs, eventsToFormatHubs, eventsToOfficialHubs } from './hubs.ts';

const iwaya = { id: 'takeshi-iwaya', name: 'تاكيشي إيوايا', aliases: [], country: 'JP', role: 'وزير الخارجية' };
const e1 = { id: 'e1', data: { date: '2025-01-13', parties: ['JP', 'KR'], mentions: ['KP'], formats: ['official-visit'], officials: [iwaya] } };
const e2 = { id: 'e2', data: { date: '2025-01-07', parties: ['JP', 'US'], mentions: ['KR'], formats: ['foreign-ministers-meeting', 'phone-call'], officials: [{ ...iwaya, role: 'وزير' }] } };

describe('eventsToCountryHubs', () => {
  const hubs = eventsToCountryHubs([e1, e2]);
  test('returns one hub per country except Japan, sorted by code', () => {
    expect(hubs.map((h) => h.code)).toEqual(['KP', 'KR', 'US']);
  });
  test('separates party events from mentions', () => {
    const kr = hubs.find((h) => h.code === 'KR')!;
    expect(kr.asParty.map((e) => e.id)).toEqual(['e1']);
    expect(kr.mentionedIn.map((e) => e.id)).toEqual(['e2']);
  });
});

describe('eventsToOfficialHubs', () => {
  test('returns every event and every role of an official', () => {
    const [hub] = eventsToOfficialHubs([e1, e2]);
    expect(hub!.events.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(hub!.roles).toEqual(['وزير الخارجية', 'وزير']);
  });
  test('an official listed twice in one event lists that event once', () => {
    const twice = { id: 'e3', data: { ...e1.data, officials: [iwaya, { ...iwaya, role: 'نائب' }] } };
    const [hub] = eventsToOfficialHubs([e1, twice, e2]);
    expect(hub!.events.map((e) => e.id)).toEqual(['e1', 'e3', 'e2']);
    expect(hub!.roles).toEqual(['وزير الخارجية', 'نائب', 'وزير']);
  });
});

describe('eventsToFormatHubs', () => {
  test('files an event under each of its formats', () => {
    const hubs = eventsToFormatHubs([e1, e2]);
    expect(hubs.get('phone-call')!.map((e) => e.id)).toEqual(['e2']);
    expect([...hubs.keys()]).toEqual(['official-visit', 'foreign-ministers-meeting', 'phone-call']);
  });
});
