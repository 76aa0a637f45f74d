import { CONFIDENCE } from '../data/index.ts';
import { CONFIDENCE_FIELDS, type ConfidenceField } from '../schemas/confidence.ts';
import type { SeedReview } from '../schemas/reviewReport.ts';
import { countryToLabel } from './countries.ts';
import { dateToArabic } from './dateToArabic.ts';
import { fieldToSidecarSnippet } from './fieldToSidecarSnippet.ts';
import { formatToEntry } from './gazetteers.ts';
import { scoreToLevel, type ReviewLevel } from './scoreToLevel.ts';

/** The Arabic name of each field, as the event page calls it. */
export const FIELD_LABELS: Record<ConfidenceField, string> = {
  title: 'العنوان',
  summary: 'الملخص',
  date: 'التاريخ',
  parties: 'أطراف اللقاء',
  mentions: 'دول وردت في الخبر',
  format: 'صيغة الحوار',
  location: 'المكان',
  officials: 'المسؤولون المشاركون',
};

/** One field of a seed on the review page. */
export interface ReviewRow {
  field: ConfidenceField;
  label: string;
  /** The value as extracted, for a reader; '' when nothing was read. */
  value: string;
  level: ReviewLevel;
  /** The confidence score 0–1, when the ingest gave one. */
  score?: number;
  /** Why the field has its score, in Arabic (src/data/confidence.json). */
  reason?: string;
  /** What in the text the reason is about. */
  detail?: string;
  /** The ingest's English words, when a warning or an error rather than the score sends the field to review. */
  why?: string;
  /** The sidecar YAML that settles the field; none for a sure field. */
  snippet?: string;
}

const list = (items: string[]) => items.join('، ');

/** A field's value in words: dates in Arabic, countries and formats by their Arabic names, officials by name. */
function valueToText(field: ConfidenceField, fields: SeedReview['fields'], summary: string | undefined): string | undefined {
  switch (field) {
    case 'title':
      return fields.title;
    case 'summary':
      return summary;
    case 'date':
      return fields.date ? dateToArabic(fields.date, fields.datePrecision) : '';
    case 'parties':
    case 'mentions':
      return list(fields[field].map(countryToLabel));
    case 'format':
      return formatToEntry(fields.format).label;
    case 'location':
      return list([fields.location.city, fields.location.country ? countryToLabel(fields.location.country) : ''].filter(Boolean));
    case 'officials':
      return list(fields.officials.map((official) => official.name));
  }
}

/**
 * A seed's fields for the review page, in the event's order, each with its level, score, Arabic reason and, unless
 * it is sure, the sidecar snippet that settles it. A field the ingest lists for review is to review whatever its
 * score. A sure field whose value the report does not hold (a summary before the seed has an event) is left out.
 */
export function seedReviewToRows(seed: SeedReview, summary?: string, table: Pick<typeof CONFIDENCE, 'thresholds' | 'reasons'> = CONFIDENCE): ReviewRow[] {
  const rows: ReviewRow[] = [];
  for (const field of CONFIDENCE_FIELDS) {
    const confidence = seed.confidence?.[field];
    const item = seed.review.find((candidate) => candidate.field === field);
    if (!confidence && !item) continue;
    const scored = confidence ? scoreToLevel(confidence.score, table.thresholds) : undefined;
    const level = item ? 'review' : scored!;
    const value = valueToText(field, seed.fields, summary);
    if (value === undefined && level === 'sure') continue;
    rows.push({
      field,
      label: FIELD_LABELS[field],
      value: value ?? '',
      level,
      ...(confidence ? { score: confidence.score, reason: table.reasons[confidence.reason]?.ar ?? confidence.reason } : {}),
      ...(confidence?.detail ? { detail: confidence.detail } : {}),
      ...(item && scored !== 'review' ? { why: item.why } : {}),
      ...(level !== 'sure' ? { snippet: fieldToSidecarSnippet(field, { ...seed.fields, ...(summary !== undefined ? { summary } : {}) }) } : {}),
    });
  }
  return rows;
}
