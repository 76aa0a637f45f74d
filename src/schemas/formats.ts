import formatTable from '../data/formats.json' with { type: 'json' };

/** Slugs of the dialogue formats of SPEC §3.3, in the order the gazetteer lists them. */
export const FORMAT_SLUGS = formatTable.map((format) => format.slug) as [string, ...string[]];
