import { readingsToConfidence } from '../../scripts/extract/fieldConfidence.ts';
import type { Confidence } from '../../src/schemas/confidence.ts';

/** The confidence of an event whose every field the text told plainly: nothing to review. */
export function sureConfidence(): Confidence {
  return readingsToConfidence({
    dates: { date: { date: '2025-01-07', precision: 'day' }, basis: 'written' },
    sides: { parties: ['IN', 'JP'], basis: 'clear' },
    formats: { format: 'official-visit', basis: 'named' },
    place: { location: { city: 'طوكيو', country: 'JP' }, basis: 'told' },
    officials: { listed: 1, leftOut: [], byShape: [], unconfirmed: [] },
  });
}
