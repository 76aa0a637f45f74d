import type { Block } from './blocks.ts';
import type { Confidence } from '../../src/schemas/confidence.ts';
import type { EventData, Source } from '../../src/schemas/event.ts';

/** An editorial value to be cited in the body's "ملاحظة تحريرية" section. */
export interface EditorialNote {
  /** Arabic label of the field, e.g. التاريخ. */
  label: string;
  /** The value as a reader should see it. */
  value: string;
  citation: string;
  note?: string;
}

/** One event as built from one or more seeds, before its id is chosen and its MDX written. */
export interface SeedEvent {
  /** Seed file names, sorted. */
  seeds: string[];
  data: Omit<EventData, 'seed' | 'source'>;
  /** One source per seed, in seed order. */
  sources: Source[];
  blocks: Block[];
  /** Lines naming the other seeds' sources when seeds were merged. */
  alsoReported: { text: string; url?: string }[];
  editorialNotes: EditorialNote[];
  unconfirmedOfficials: string[];
  warnings: string[];
  /** How sure each field is; the fields below the review threshold are `data.review`. */
  confidence: Confidence;
}
