import type { SeedOutcome } from './pipeline.ts';
import type { RunPlan } from './planRun.ts';
import type { EventData, Official } from '../../src/schemas/event.ts';
import type { Confidence } from '../../src/schemas/confidence.ts';
import { confidenceToText, needsReview } from '../extract/fieldConfidence.ts';

/** A field the text does not settle, and why: what an editor must supply in the seed's sidecar. */
export interface ReviewItem {
  field: 'date' | 'parties' | 'mentions' | 'format' | 'location' | 'officials' | 'title' | 'summary';
  why: string;
}

/** What the ingest made of one seed: its event (or why it has none) and every field as extracted. */
export interface SeedReport {
  seed: string;
  /** The event's id, or null when the seed needs review before it can be published. */
  event: string | null;
  errors: string[];
  warnings: string[];
  /** Fields an editor must look at: those below the review threshold, and those a warning is about. */
  review: ReviewItem[];
  /** How sure each field is and why (absent for a seed that could not be read at all). */
  confidence?: Confidence;
  /** The fields as written (or, for a seed without an event, as far as they were read). */
  fields: {
    title: string;
    date?: string;
    datePrecision?: EventData['datePrecision'];
    dateSource?: EventData['dateSource'];
    parties: string[];
    mentions: string[];
    format: string;
    formats: string[];
    location: EventData['location'];
    officials: Official[];
  };
  /** Names found by title that the gazetteer does not know. */
  unconfirmedOfficials: string[];
  /** For a seed without an event: the cleaned article text that was read (an event's text is in its file). */
  text?: string;
}

/** Which field a warning or error is about, from the words the stages use. */
const FIELD_OF_MESSAGE: ReadonlyArray<[RegExp, ReviewItem['field']]> = [
  [/\bdate\b|year|weekday|relative day|publication/i, 'date'],
  [/partner|parties|which country/i, 'parties'],
  [/format/i, 'format'],
  [/place|city|location|where/i, 'location'],
  [/official|gazetteer|country of/i, 'officials'],
];

function messageToItem(message: string): ReviewItem | undefined {
  const field = FIELD_OF_MESSAGE.find(([pattern]) => pattern.test(message))?.[1];
  return field ? { field, why: message } : undefined;
}

/** The review list, one item per field: what an error says must be supplied, else why the field is below the review threshold, else what a warning says. */
function reviewItems(confidence: Confidence | undefined, errors: readonly string[], warnings: readonly string[]): ReviewItem[] {
  const items: ReviewItem[] = [];
  const add = (item: ReviewItem | undefined) => {
    if (item && !items.some((other) => other.field === item.field)) items.push(item);
  };
  for (const error of errors) add(messageToItem(error));
  if (confidence) for (const [field, value] of Object.entries(confidence) as [ReviewItem['field'], Confidence[keyof Confidence]][]) if (needsReview(value)) add({ field, why: confidenceToText(value) });
  for (const warning of warnings) add(messageToItem(warning));
  return items;
}

/**
 * The review report of a run, one entry per seed in seed-name order: the editor's list of what to check (the
 * /review/ page shows it) and what `npm run eval` scores. A seed with no event still reports what was read of it.
 */
export function outcomesToReport(outcomes: readonly SeedOutcome[], plan: Pick<RunPlan, 'built'>, seedNames: readonly string[]): SeedReport[] {
  const eventBySeed = new Map(plan.built.flatMap((event) => event.seeds.map((seed) => [seed, event] as const)));
  return outcomes.map((outcome, i) => {
    const seed = seedNames[i]!;
    const event = eventBySeed.get(seed);
    if (outcome.result.ok && event) {
      const { data } = event;
      return {
        seed,
        event: event.id,
        errors: [],
        warnings: event.warnings,
        review: reviewItems(event.confidence, [], event.warnings),
        confidence: event.confidence,
        fields: {
          title: data.title,
          date: data.date,
          datePrecision: data.datePrecision,
          dateSource: data.dateSource,
          parties: data.parties,
          mentions: data.mentions,
          format: data.format,
          formats: data.formats,
          location: data.location,
          officials: data.officials,
        },
        unconfirmedOfficials: event.unconfirmedOfficials,
      };
    }
    const errors = outcome.result.ok ? [] : outcome.result.errors;
    const draft = outcome.result.ok ? undefined : outcome.result.draft;
    const extraction = draft?.extraction;
    return {
      seed,
      event: null,
      errors,
      warnings: extraction?.warnings ?? [],
      review: reviewItems(extraction?.confidence, errors, extraction?.warnings ?? []),
      ...(extraction ? { confidence: extraction.confidence } : {}),
      fields: {
        title: draft?.title ?? '',
        ...(extraction?.date ? { date: extraction.date.date, datePrecision: extraction.date.precision, dateSource: 'text' as const } : {}),
        parties: extraction?.parties ?? [],
        mentions: extraction?.mentions ?? [],
        format: extraction?.format ?? 'other',
        formats: extraction?.formats ?? [],
        location: extraction?.location ?? { city: '', country: '' },
        officials: extraction?.officials ?? [],
      },
      unconfirmedOfficials: extraction?.unconfirmedOfficials ?? [],
      ...(draft ? { text: draft.paragraphs.join('\n\n') } : {}),
    };
  });
}
