import { describe, expect, test } from 'vitest';
import { seedEventToBuiltEvent } from './buildEvents.ts';
import { outcomesToPlan } from './planRun.ts';
import type { SeedEvent } from './seedEvent.ts';
import { sureConfidence } from '../../tests/helpers/sureConfidence.ts';

function seedEvent(seed: string, date = '2025-01-07', format = 'foreign-ministers-meeting'): SeedEvent {
  return {
    seeds: [seed],
    sources: [{ outlet: seed }],
    data: {
      title: 'عنوان',
      summary: 'ملخص',
      date,
      datePrecision: 'day',
      dateSource: 'text',
      parties: ['JP', 'US'],
      mentions: [],
      format,
      formats: [format],
      location: { city: 'طوكيو', country: 'JP' },
      officials: [],
    },
    blocks: [{ kind: 'paragraph', text: 'نص' }],
    alsoReported: [],
    editorialNotes: [],
    unconfirmedOfficials: [],
    warnings: [],
    confidence: sureConfidence(),
  };
}

describe('seedEventToBuiltEvent', () => {
  test('gives the id, one source and one seed as scalars, and the MDX text', () => {
    const result = seedEventToBuiltEvent(seedEvent('a.txt'), 'the-id', (seed) => `seeds/${seed}`);
    expect(result.ok && result.event.id).toBe('the-id');
    expect(result.ok && result.event.data.seed).toBe('a.txt');
    expect(result.ok && result.event.data.source).toEqual({ outlet: 'a.txt' });
    expect(result.ok && result.event.mdx).toMatch(/^---\ntitle: "عنوان"\n[\s\S]*\n---\n\nنص\n$/);
  });

  test('reports an invalid event with its seed label', () => {
    const result = seedEventToBuiltEvent(seedEvent('a.txt', '2025-13-01'), 'x', (seed) => `seeds/${seed}`);
    expect(!result.ok && result.errors[0]).toMatch(/^seeds\/a\.txt: invalid event — date:/);
  });
});

describe('a run plan of same-event seeds', () => {
  test('merges them into one file listing both seeds and sources', () => {
    const outcomes = [seedEvent('a.txt'), seedEvent('b.txt'), seedEvent('c.txt', '2025-01-08')].map((event) => ({ seed: event.seeds[0]!, result: { ok: true as const, event } }));
    const { built, merges } = outcomesToPlan(outcomes, { existing: new Map() }, (seed) => seed);
    expect(built.map((event) => event.id)).toEqual(['2025-01-07-us-foreign-ministers-meeting', '2025-01-08-us-foreign-ministers-meeting']);
    expect(built[0]!.data.seed).toEqual(['a.txt', 'b.txt']);
    expect(built[0]!.data.source).toEqual([{ outlet: 'a.txt' }, { outlet: 'b.txt' }]);
    expect(merges).toEqual([{ seeds: ['a.txt', 'b.txt'] }]);
  });
});
