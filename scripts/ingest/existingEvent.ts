import { createHash } from 'node:crypto';
import { mdxToSeedNames } from './redirects.ts';

/** What the run plan needs of an event file already in the folder: its text's digest and the seeds it names. */
export interface ExistingEvent {
  /** mdxToDigest of the file's text. */
  digest: string;
  /** The seeds its frontmatter names (none: a file made by hand). */
  seeds: readonly string[];
}

/** A digest of an event file's text, to tell whether the file on disk is the one the run would write. */
export function mdxToDigest(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** What the plan needs of an event file, from its text. */
export function mdxToExistingEvent(text: string): ExistingEvent {
  return { digest: mdxToDigest(text), seeds: mdxToSeedNames(text) };
}

/** File name → text of an events folder, as the plan reads it (tests; the CLI reads the folder through its records). */
export function textsToExistingEvents(texts: ReadonlyMap<string, string>): Map<string, ExistingEvent> {
  return new Map([...texts].map(([name, text]) => [name, mdxToExistingEvent(text)]));
}
