import { describe, expect, test } from 'vitest';
import { eventsMatching } from './eventsMatching.ts';

const kr = { id: 'kr', data: { parties: ['JP', 'KR'], formats: ['official-visit'] } };
const in1 = { id: 'in1', data: { parties: ['IN', 'JP'], formats: ['2+2-ministerial', 'foreign-ministers-meeting'] } };
const in2 = { id: 'in2', data: { parties: ['IN', 'JP'], formats: ['joint-working-group'] } };
const all = [in1, kr, in2];

describe('eventsMatching', () => {
  test('keeps the events where the country is a party, whatever the case of the code, in order', () => {
    expect(eventsMatching(all, { country: 'in' }).map((e) => e.id)).toEqual(['in1', 'in2']);
    expect(eventsMatching(all, { country: 'IN' }).map((e) => e.id)).toEqual(['in1', 'in2']);
  });

  test('keeps the events that involved a format, main or not', () => {
    expect(eventsMatching(all, { format: 'foreign-ministers-meeting' }).map((e) => e.id)).toEqual(['in1']);
  });

  test('combines both and keeps everything without a filter', () => {
    expect(eventsMatching(all, { country: 'IN', format: 'joint-working-group' }).map((e) => e.id)).toEqual(['in2']);
    expect(eventsMatching(all, {})).toEqual(all);
  });

  test('throws on an unknown country code or format slug', () => {
    expect(() => eventsMatching(all, { country: 'XX' })).toThrow(/Unknown country "XX"/);
    expect(() => eventsMatching(all, { format: '2plus2-ministerial' })).toThrow(/Unknown format/);
  });
});
