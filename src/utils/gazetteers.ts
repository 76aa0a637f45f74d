import formatTable from '../data/formats.json' with { type: 'json' };
import officialTable from '../data/officials.json' with { type: 'json' };

/** One entry of src/data/officials.json. */
export interface GazetteerOfficial {
  id: string;
  name: string;
  nameEn?: string;
  aliases: string[];
  country: string;
  role: string;
}

/** One entry of src/data/formats.json. */
export interface FormatEntry {
  slug: string;
  label: string;
  labelEn: string;
}

/** The official gazetteer. */
export const GAZETTEER_OFFICIALS: GazetteerOfficial[] = officialTable;

/** The dialogue formats in gazetteer order. */
export const FORMATS: FormatEntry[] = formatTable;

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
