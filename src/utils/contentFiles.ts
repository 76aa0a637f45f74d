import { dirname, join } from 'node:path';

/** Where the ingest's event files are: content/events, or EVENTS_DIR when the benchmark or a test builds another corpus. */
export const EVENTS_DIR = process.env.EVENTS_DIR ?? './content/events';

/** The ingest's old → new id table lives beside the events it is about (content/redirects.json), so another corpus brings its own. */
export function eventsDirToRedirectsFile(eventsDir: string): string {
  return join(dirname(eventsDir), 'redirects.json');
}
