import { issuePathToText } from './sidecar.ts';
import { eventSchema, type EventData } from '../../src/schemas/event.ts';

export type ValidationResult = { ok: true; event: EventData } | { ok: false; errors: string[] };

/** Checks an event against the schema the site's content collection uses; errors name the seed(s), the field and the problem. */
export function validateEvent(event: unknown, seedLabels: readonly string[]): ValidationResult {
  const result = eventSchema.safeParse(event);
  if (result.success) return { ok: true, event: result.data };
  const who = seedLabels.join(' + ');
  return { ok: false, errors: result.error.issues.map((issue) => `${who}: invalid event — ${issuePathToText(issue.path) || '(event)'}: ${issue.message}`) };
}
