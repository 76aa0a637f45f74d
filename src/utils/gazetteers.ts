import { FORMATS, OFFICIALS as GAZETTEER_OFFICIALS, type FormatEntry, type GazetteerOfficial } from '../data/index.ts';

const formatsBySlug = new Map(FORMATS.map((format) => [format.slug, format]));
const officialsById = new Map(GAZETTEER_OFFICIALS.map((official) => [official.id, official]));

/** The gazetteer entry of a format slug; throws on an unknown slug so a typo cannot publish silently. */
export function formatToEntry(slug: string): FormatEntry {
  const entry = formatsBySlug.get(slug);
  if (!entry) throw new Error(`Unknown format "${slug}": not in src/data/formats.json`);
  return entry;
}

/** The gazetteer entry of an official id, when there is one. */
export function officialToGazetteerEntry(id: string): GazetteerOfficial | undefined {
  return officialsById.get(id);
}
