import { describe, expect, test } from 'vitest';
import { mergeSameEvents, mergeSeedEvents } from './merge.ts';
import { sampleEvent } from '../../tests/helpers/sampleEvent.ts';
import type { SeedEvent } from './seedEvent.ts';
import { sureConfidence } from '../../tests/helpers/sureConfidence.ts';

function seedEvent(seed: string, overrides: Partial<SeedEvent['data']> = {}, text = 'نص', source = {}): SeedEvent {
  const { seed: _seed, source: _source, ...data } = sampleEvent({ title: `عنوان ${seed}`, summary: 'ملخص', ...overrides });
  return {
    seeds: [seed],
    sources: [source],
    data,
    blocks: [{ kind: 'paragraph', text }],
    alsoReported: [],
    editorialNotes: [],
    unconfirmedOfficials: [],
    warnings: [],
    confidence: sureConfidence(),
  };
}

const official = (id: string) => ({ id, name: id, aliases: [], country: 'JP', role: '' });

describe('mergeSeedEvents', () => {
  test('keeps the richer text and lists both seeds and sources in seed order', () => {
    const merged = mergeSeedEvents(seedEvent('b.txt', {}, 'نص أطول بكثير من الآخر', { outlet: 'ب' }), seedEvent('a.txt', {}, 'قصير', { outlet: 'أ' }));
    expect(merged.seeds).toEqual(['a.txt', 'b.txt']);
    expect(merged.sources).toEqual([{ outlet: 'أ' }, { outlet: 'ب' }]);
    expect(merged.blocks).toEqual([{ kind: 'paragraph', text: 'نص أطول بكثير من الآخر' }]);
    expect(merged.alsoReported).toEqual([{ text: 'أ' }]);
  });

  test('unions officials, mentions and formats', () => {
    const merged = mergeSeedEvents(
      seedEvent('a.txt', { officials: [official('x')], mentions: ['CN'], formats: ['foreign-ministers-meeting', 'strategic-dialogue'] }),
      seedEvent('b.txt', { officials: [official('x'), official('y')], mentions: ['KP', 'CN'] }),
    );
    expect(merged.data.officials.map((o) => o.id)).toEqual(['x', 'y']);
    expect(merged.data.mentions).toEqual(['CN', 'KP']);
    expect(merged.data.formats).toEqual(['foreign-ministers-meeting', 'strategic-dialogue']);
  });
});

describe('mergeSameEvents', () => {
  test('merges seeds with the same date, parties and a shared format', () => {
    const { events, merges } = mergeSameEvents([seedEvent('a.txt'), seedEvent('b.txt'), seedEvent('c.txt', { date: '2025-01-08' })]);
    expect(events.map((event) => event.seeds)).toEqual([['a.txt', 'b.txt'], ['c.txt']]);
    expect(merges).toEqual([{ seeds: ['a.txt', 'b.txt'] }]);
  });

  test('keeps apart events of the same day with different formats', () => {
    const { events } = mergeSameEvents([seedEvent('a.txt'), seedEvent('b.txt', { format: 'summit', formats: ['summit'] })]);
    expect(events).toHaveLength(2);
  });

  // the waiting set's dyke-01 (the prime minister's call to the emir) and batch 140's bael-02 (the foreign ministers' call
  // the same evening): two calls of one day between the same countries, no one in common, are two events
  test('keeps apart reports of the same day and format that name no one in common; merges those that share a person or an office', () => {
    const person = (id: string, role: string) => ({ id, name: id, aliases: [], country: 'QA', role });
    const emir = seedEvent('a.txt', { officials: [official('shinzo-abe'), person('tamim', 'أمير')] });
    const ministers = seedEvent('b.txt', { officials: [official('taro-kono'), person('mohammed', 'وزير الخارجية')] });
    expect(mergeSameEvents([emir, ministers]).events).toHaveLength(2);
    // the same call in another outlet, its minister spelled otherwise: the same office
    const again = seedEvent('c.txt', { officials: [person('mohamed-other-spelling', 'وزير الخارجية')] });
    expect(mergeSameEvents([ministers, again]).events).toHaveLength(1);
    // one that names no one fits any
    expect(mergeSameEvents([emir, seedEvent('d.txt', { officials: [] })]).events).toHaveLength(1);
  });

  test('keeps apart events with different parties', () => {
    const { events } = mergeSameEvents([seedEvent('a.txt'), seedEvent('b.txt', { parties: ['IN', 'JP'] })]);
    expect(events).toHaveLength(2);
  });

  // its speed is the benchmark's to measure (the ingest row of npm run bench), not a timed test's
  test('merges among 5,000 events only those of the same day and partner', () => {
    const many = Array.from({ length: 5000 }, (_, i) => seedEvent(`${String(i).padStart(5, '0')}.txt`, { date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`, parties: ['JP', `A${String.fromCharCode(65 + (i % 26))}`] }));
    const { events } = mergeSameEvents(many);
    expect(events.length).toBeLessThan(5000);
    expect(events.every((event) => event.data.parties.length === 2)).toBe(true);
  });
});
