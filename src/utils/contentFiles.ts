import { dirname, join } from 'node:path';

/** Where the ingest's event files are: content/events, or EVENTS_DIR when the benchmark or a test builds another corpus. */
export const EVENTS_DIR = process.env.EVENTS_DIR ?? './content/events';

/** The ingest's old → new id table lives beside the events it is about (content/redirects.json), so another corpus brings its own. */
export function eventsDirToRedirectsFile(eventsDir: string): string {
  return join(dirname(eventsDir), 'redirects.json');
}

/** Where `npm run ingest` writes the project's review report (scripts/ingest/cliOptions.ts, REVIEW_REPORT; a test keeps them equal). */
export const DEFAULT_REVIEW_REPORT = '.cache/review/report.json';

/**
 * The ingest's review report that /review/ shows: REVIEW_REPORT when a test names one, none for another corpus
 * (EVENTS_DIR, whose ingest writes no report unless asked), else the project's own.
 */
export const REVIEW_REPORT_FILE: string | undefined = process.env.REVIEW_REPORT ?? (process.env.EVENTS_DIR ? undefined : DEFAULT_REVIEW_REPORT);
