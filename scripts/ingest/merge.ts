import { blocksToTextLength } from './blocks.ts';
import type { SeedEvent } from './seedEvent.ts';
import type { Official, Source } from '../../src/schemas/event.ts';
import type { Confidence } from '../../src/schemas/confidence.ts';
import { confidenceToReviewFields, surerConfidence } from '../extract/fieldConfidence.ts';

const union = <T>(...lists: readonly T[][]): T[] => [...new Set(lists.flat())];
const sortedUnion = (...lists: readonly string[][]): string[] => union(...lists).sort();

/** Two reports fit one event when they share a format, or one of them could not tell its format. */
function formatsAreCompatible(a: SeedEvent['data'], b: SeedEvent['data']): boolean {
  return a.format === 'other' || b.format === 'other' || a.formats.some((format) => b.formats.includes(format));
}

/**
 * Whether two reports name someone in common: the same person (id), or the same office of the same country, however its
 * holder's name is spelled («وزير الخارجية» of QA in both). Two meetings of one day between the same countries — the
 * prime minister's call to the emir and the foreign ministers' call (dyke-01, bael-02) — name no one in common. A report
 * that names no one fits any other.
 */
function officialsOverlap(a: SeedEvent['data'], b: SeedEvent['data']): boolean {
  if (a.officials.length === 0 || b.officials.length === 0) return true;
  const ids = new Set(a.officials.map((official) => official.id));
  const offices = new Set(a.officials.filter((official) => official.role).map((official) => `${official.country}|${official.role}`));
  return b.officials.some((official) => ids.has(official.id) || (official.role !== '' && offices.has(`${official.country}|${official.role}`)));
}

/** How another seed's article is named in the merged body: outlet, else host, else seed file. */
function sourceToLabel(source: Source | undefined, seed: string): string {
  if (source?.outlet) return source.outlet;
  if (source?.url) return new URL(source.url).host;
  return seed;
}

/** One event from two seeds about it: the richer article's text and fields, every source, officials and mentions of both. */
export function mergeSeedEvents(a: SeedEvent, b: SeedEvent): SeedEvent {
  const [rich, poor] = blocksToTextLength(b.blocks) > blocksToTextLength(a.blocks) ? [b, a] : [a, b];
  const pairs = [...rich.seeds.map((seed, i) => [seed, rich.sources[i]!] as const), ...poor.seeds.map((seed, i) => [seed, poor.sources[i]!] as const)].sort(
    ([x], [y]) => (x < y ? -1 : x > y ? 1 : 0),
  );
  const format = rich.data.format === 'other' ? poor.data.format : rich.data.format;
  const officials = new Map<string, Official>();
  for (const official of [...rich.data.officials, ...poor.data.officials]) if (!officials.has(official.id)) officials.set(official.id, official);
  const parties = rich.data.parties;
  const precision = { year: 0, month: 1, day: 2 } as const;
  const preciser = precision[poor.data.datePrecision] > precision[rich.data.datePrecision] ? poor : rich;
  const location = rich.data.location.city ? rich.data.location : poor.data.location.city ? poor.data.location : rich.data.location;
  // each field is as sure as the reading it was taken from; both articles agree on the date and parties, and the
  // officials are both lists, as weak as the weaker
  const confidence: Confidence = {
    ...rich.confidence,
    date: surerConfidence(preciser.confidence.date, (preciser === rich ? poor : rich).confidence.date),
    parties: surerConfidence(rich.confidence.parties, poor.confidence.parties),
    format: format === rich.data.format ? rich.confidence.format : poor.confidence.format,
    location: location === rich.data.location ? rich.confidence.location : poor.confidence.location,
    officials: surerConfidence(rich.confidence.officials, poor.confidence.officials) === rich.confidence.officials ? poor.confidence.officials : rich.confidence.officials,
  };
  const { review: _review, ...richData } = rich.data;
  const review = confidenceToReviewFields(confidence);
  return {
    seeds: pairs.map(([seed]) => seed),
    sources: pairs.map(([, source]) => source),
    data: {
      ...richData,
      date: preciser.data.date,
      datePrecision: preciser.data.datePrecision,
      dateSource: preciser.data.dateSource,
      mentions: sortedUnion(rich.data.mentions, poor.data.mentions).filter((code) => !parties.includes(code)),
      format,
      formats: union([format], rich.data.formats, poor.data.formats).filter((slug) => slug !== 'other' || format === 'other'),
      location,
      officials: [...officials.values()],
      ...(review.length ? { review } : {}),
    },
    blocks: rich.blocks,
    alsoReported: [
      ...rich.alsoReported,
      ...poor.seeds.map((seed, i) => ({ text: sourceToLabel(poor.sources[i], seed), ...(poor.sources[i]?.url ? { url: poor.sources[i]!.url } : {}) })),
      ...poor.alsoReported,
    ],
    editorialNotes: union(rich.editorialNotes, poor.editorialNotes).filter(
      (note, i, notes) => notes.findIndex((other) => other.label === note.label && other.value === note.value && other.citation === note.citation) === i,
    ),
    unconfirmedOfficials: union(rich.unconfirmedOfficials, poor.unconfirmedOfficials),
    warnings: union(rich.warnings, poor.warnings),
    confidence,
  };
}

/** A merge that happened, for the report. */
export interface MergeNote {
  seeds: string[];
}

/**
 * Seeds about the same event (same date, same parties, compatible format, someone in common) become one event. Events are indexed by
 * date + parties, so this stays linear for thousands of seeds. Input and output are in seed-name order.
 */
export function mergeSameEvents(events: readonly SeedEvent[]): { events: SeedEvent[]; merges: MergeNote[] } {
  const merged: (SeedEvent | undefined)[] = [];
  const byKey = new Map<string, number[]>();
  for (const event of events) {
    const key = `${event.data.date}|${event.data.parties.join(',')}`;
    const slots = byKey.get(key) ?? [];
    const slot = slots.find((index) => formatsAreCompatible(merged[index]!.data, event.data) && officialsOverlap(merged[index]!.data, event.data));
    if (slot === undefined) {
      slots.push(merged.length);
      byKey.set(key, slots);
      merged.push(event);
    } else {
      merged[slot] = mergeSeedEvents(merged[slot]!, event);
    }
  }
  const result = merged.filter((event): event is SeedEvent => event !== undefined);
  return { events: result, merges: result.filter((event) => event.seeds.length > 1).map((event) => ({ seeds: event.seeds })) };
}
