import { HOME_COUNTRY } from '../config.ts';
import type { ConfidenceField } from '../schemas/confidence.ts';
import type { SeedReview } from '../schemas/reviewReport.ts';
import { dataToYaml } from './yaml.ts';

/** What the ingest read of a seed, and the summary when the seed has an event (the report does not carry it). */
export type ReadFields = SeedReview['fields'] & { summary?: string };

const DATE_LENGTH = { day: 10, month: 7, year: 4 } as const;

/** The sidecar entry's value for a field, as the ingest read it; what it could not read is left empty for the editor. */
function readValue(field: ConfidenceField, read: ReadFields): unknown {
  switch (field) {
    case 'date':
      return read.date ? read.date.slice(0, DATE_LENGTH[read.datePrecision ?? 'day']) : '';
    case 'parties':
      return read.parties.filter((code) => code !== HOME_COUNTRY);
    case 'location':
      return { city: read.location.city, country: read.location.country };
    case 'officials':
      return read.officials.map((official) => official.id);
    case 'summary':
      return read.summary ?? '';
    default:
      return read[field];
  }
}

/**
 * The sidecar YAML an editor copies to settle one field (README "corrects a field"): the value as the ingest read it,
 * and an empty citation, so the sidecar fails until the editor cites the page that states the value.
 */
export function fieldToSidecarSnippet(field: ConfidenceField, read: ReadFields): string {
  const entry = { value: readValue(field, read), ...(field === 'date' ? { precision: read.datePrecision ?? 'day' } : {}), citation: '' };
  return dataToYaml({ [field]: entry });
}
