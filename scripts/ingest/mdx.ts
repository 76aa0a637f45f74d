import type { Block } from './blocks.ts';
import { linkToSafeMarkdown, textToSafeMarkdown } from './markdownEscape.ts';
import type { SeedEvent } from './seedEvent.ts';
import { memoised } from '../../src/utils/memoised.ts';
import { dataToYaml } from '../../src/utils/yaml.ts';
import type { EventData } from '../../src/schemas/event.ts';

/** SPEC §3.1 order, so files read the same way and diffs stay small. */
const FIELD_ORDER = ['title', 'summary', 'date', 'datePrecision', 'dateSource', 'parties', 'mentions', 'format', 'formats', 'location', 'officials', 'review', 'source', 'seed'] as const;
const OFFICIAL_ORDER = ['id', 'name', 'aliases', 'country', 'role'] as const;
const SOURCE_ORDER = ['outlet', 'url', 'publishedAt'] as const;

function pick<T extends object>(object: T, keys: readonly (keyof T)[]): Partial<T> {
  const picked: Partial<T> = {};
  for (const key of keys) if (object[key] !== undefined) picked[key] = object[key];
  return picked;
}

/** Fields whose values come back in event after event (a format, a pair of parties, a city): each value's YAML is made once. */
const REPEATED_FIELDS: ReadonlySet<string> = new Set(['datePrecision', 'dateSource', 'parties', 'mentions', 'format', 'formats', 'location', 'review']);

/**
 * YAML frontmatter with fixed key order, every string double-quoted (so `---`, `title: x`, `yes` or `2025-01-07`
 * stay strings), no line folding: byte-identical across runs.
 */
export function eventToFrontmatter(event: EventData): string {
  const ordered = pick(event, FIELD_ORDER) as Record<string, unknown>;
  ordered.source = Array.isArray(event.source) ? event.source.map((source) => pick(source, SOURCE_ORDER)) : pick(event.source, SOURCE_ORDER);
  ordered.location = { city: event.location.city, country: event.location.country };
  // A mapping's keys are written one after the other, so the text is the same as one dump of the whole: the fields
  // every event has its own value of (title, summary, date, source, seed) are dumped together, a run at a time, and the
  // YAML of the others (the same people, formats and parties come back in event after event) is made once and reused.
  let text = '';
  let run: Record<string, unknown> | undefined;
  for (const key of Object.keys(ordered)) {
    const value = ordered[key];
    if (key !== 'officials' && !REPEATED_FIELDS.has(key)) {
      (run ??= {})[key] = value;
      continue;
    }
    if (run) text += dataToYaml(run);
    run = undefined;
    text += key === 'officials' ? officialsToYaml(event.officials) : repeatedFieldToYaml(key, value);
  }
  return run ? text + dataToYaml(run) : text;
}

/** Enough for every person, place and format of a large corpus; past it a memo starts afresh rather than grow without bound. */
const MEMO_MAX = 20_000;


const fieldYaml = new Map<string, string>();

/** One top-level field of the frontmatter as the whole dump writes it («format: "summit"\n»). */
function repeatedFieldToYaml(key: string, value: unknown): string {
  return memoised(fieldYaml, MEMO_MAX, `${key}\u0000${JSON.stringify(value)}`, () => dataToYaml({ [key]: value }));
}

/** The `officials` field: each person's item made once. */
function officialsToYaml(officials: EventData['officials']): string {
  return officials.length === 0 ? 'officials: []\n' : `officials:\n${officials.map(officialToYamlItem).join('')}`;
}

type EventOfficial = EventData['officials'][number];

/** Each person's items as last written, by id: the same person comes back with the same fields in event after event. */
const officialYaml = new Map<string, { official: EventOfficial; text: string }[]>();
/** Items kept per person: a person's role depends on the event's day, so a few versions of the item alternate. */
const VERSIONS_PER_OFFICIAL = 8;

/** Whether two officials would be written alike: every field the item writes is equal. */
function sameOfficial(a: EventOfficial, b: EventOfficial): boolean {
  return a.name === b.name && a.country === b.country && a.role === b.role && a.aliases.length === b.aliases.length && a.aliases.every((alias, i) => alias === b.aliases[i]);
}

/** One official as an item of the frontmatter's `officials` list, indented as the whole dump indents it. */
function officialToYamlItem(official: EventOfficial): string {
  // looked up by id and compared field by field: a key of the whole official (its JSON) cost more than the writing saved
  const versions = officialYaml.get(official.id);
  const kept = versions?.find((version) => sameOfficial(version.official, official));
  if (kept) return kept.text;
  const text = dataToYaml({ officials: [pick(official, OFFICIAL_ORDER)] }).slice('officials:\n'.length);
  if (officialYaml.size >= MEMO_MAX) officialYaml.clear();
  const version = { official: { ...official, aliases: [...official.aliases] }, text };
  if (versions && officialYaml.has(official.id)) {
    if (versions.length >= VERSIONS_PER_OFFICIAL) versions.shift();
    versions.push(version);
  } else officialYaml.set(official.id, [version]);
  return text;
}

/** Body blocks as Markdown; every piece of article text escaped. */
export function blocksToMarkdown(blocks: readonly Block[]): string[] {
  return blocks.map((block) => {
    if (block.kind === 'heading') return `## ${textToSafeMarkdown(block.text)}`;
    if (block.kind === 'paragraph') return textToSafeMarkdown(block.text);
    return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${textToSafeMarkdown(item)}`).join('\n');
  });
}

/** "ورد الخبر أيضاً في: …" naming the merged seeds' other sources. */
function alsoReportedToMarkdown(also: SeedEvent['alsoReported']): string[] {
  if (also.length === 0) return [];
  const names = also.map((entry) => (entry.url ? linkToSafeMarkdown(entry.text, entry.url) : textToSafeMarkdown(entry.text)));
  return [`ورد هذا الحدث أيضاً في: ${names.join('، ')}.`];
}

/** The "ملاحظة تحريرية" section: each value an editor supplied, with the page that states it. */
function editorialNotesToMarkdown(notes: SeedEvent['editorialNotes']): string[] {
  if (notes.length === 0) return [];
  const items = notes.map((entry) => {
    const note = entry.note ? ` — ${textToSafeMarkdown(entry.note)}` : '';
    return `- ${textToSafeMarkdown(entry.label)}: ${textToSafeMarkdown(entry.value)}${note} (${linkToSafeMarkdown('المصدر', entry.citation)})`;
  });
  return ['## ملاحظة تحريرية', 'المعلومات التالية لم يذكرها نص الخبر، وأضافها المحرر من المصادر المذكورة:', items.join('\n')];
}

/** The whole `.mdx` file: frontmatter, then the escaped body; ends with exactly one newline. */
export function eventToMdx(event: EventData, body: Pick<SeedEvent, 'blocks' | 'alsoReported' | 'editorialNotes'>): string {
  const parts = [...blocksToMarkdown(body.blocks), ...alsoReportedToMarkdown(body.alsoReported), ...editorialNotesToMarkdown(body.editorialNotes)];
  return `---\n${eventToFrontmatter(event)}---\n\n${parts.join('\n\n')}\n`;
}
