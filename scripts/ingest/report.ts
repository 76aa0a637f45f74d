import type { BuiltEvent } from './buildEvents.ts';
import type { MergeNote } from './merge.ts';
import { needsReview } from '../extract/fieldConfidence.ts';

/** Pads to a display width; Arabic and Latin both count one column per character, which is close enough for a terminal. */
const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length));

/** One row per seed: seed → id, date + source, parties, format, officials, unconfirmed officials, fields to review (with their scores), warnings. */
export function builtEventsToTable(built: readonly BuiltEvent[]): string {
  const rows = built.flatMap((event) =>
    event.seeds.map((seed) => [
      seed,
      event.id,
      `${event.data.date} (${event.data.dateSource}${event.data.datePrecision === 'day' ? '' : `, ${event.data.datePrecision}`})`,
      event.data.parties.join(','),
      event.data.format,
      String(event.data.officials.length),
      event.unconfirmedOfficials.join('، ') || '-',
      (Object.entries(event.confidence) as [string, (typeof event.confidence)['date']][])
        .filter(([, confidence]) => needsReview(confidence))
        .map(([field, confidence]) => `${field} ${confidence.score.toFixed(2)}`)
        .join(', ') || '-',
      event.warnings.join('; ') || '-',
    ]),
  );
  const header = ['seed', 'id', 'date (source)', 'parties', 'format', 'officials', 'unconfirmed officials', 'review', 'warnings'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.slice(0, 2000).map((row) => Math.min(row[column]!.length, 60))));
  const line = (row: string[]) => row.map((cell, column) => (column === row.length - 1 ? cell : pad(cell, widths[column]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** The lines that tell which seeds were merged into one event. */
export function mergesToLines(merges: readonly MergeNote[]): string[] {
  return merges.map((merge) => `merged into one event: ${merge.seeds.join(' + ')}`);
}

/** What `--check` found: files the seeds would write that are missing or different, and files no seed makes. */
export interface CheckResult {
  missing: string[];
  stale: string[];
  extra: string[];
}

/** Compares the files the seeds give with the files on disk (both keyed by file name, by their texts or their digests). */
export function compareOutputs(expected: ReadonlyMap<string, string>, actual: ReadonlyMap<string, string>): CheckResult {
  const missing: string[] = [];
  const stale: string[] = [];
  for (const [name, text] of expected) {
    const current = actual.get(name);
    if (current === undefined) missing.push(name);
    else if (current !== text) stale.push(name);
  }
  const extra = [...actual.keys()].filter((name) => !expected.has(name));
  return { missing: missing.sort(), stale: stale.sort(), extra: extra.sort() };
}
