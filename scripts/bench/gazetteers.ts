import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import formatTable from '../../src/data/formats.json' with { type: 'json' };
import { PARTNERS } from './partners.ts';
import type { GeneratorOfficial, PartnerCountry } from './seedText.ts';

/** Capitals by country from the extraction's city gazetteer (src/data/cities.json), so the ingest knows every city the generator writes. */
function loadCapitals(root: string): Map<string, string> {
  const file = path.join(root, 'src/data/cities.json');
  const table = JSON.parse(fs.readFileSync(file, 'utf8')) as { cities: { name: string; country: string; capital?: boolean }[] };
  return new Map(table.cities.filter((city) => city.capital).map((city) => [city.country, city.name]));
}

/** The partner countries with Arabic names and nisbas from the project's src/utils/countryNames.ts and capitals from its src/data/cities.json. */
export async function loadPartners(root: string): Promise<PartnerCountry[]> {
  // Imported from `root`, so that `npm run bench -- --project DIR` generates with that copy's gazetteers.
  const names = (await import(pathToFileURL(path.join(root, 'src/utils/countryNames.ts')).href)) as typeof import('../../src/utils/countryNames.ts');
  const capitals = loadCapitals(root);
  return PARTNERS.map((partner) => {
    const name = names.countryToArabicName(partner.code);
    // The masculine form with the article, as the lede says "نظيره الهندي".
    const nisba = names.countryToNisbas(partner.code).find((form) => form === partner.nisba) ?? partner.nisba;
    return { code: partner.code, name, nisba, capital: capitals.get(partner.code) ?? partner.capital };
  });
}

/** The officials of the project's src/data/officials.json, with their Arabic spellings only. */
export function loadOfficials(root: string): GeneratorOfficial[] {
  const file = path.join(root, 'src/data/officials.json');
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as GeneratorOfficial[];
  return raw.map(({ name, aliases, country, role }) => ({ name, aliases: aliases.filter((alias) => /[\u0600-\u06FF]/.test(alias)), country, role }));
}

/** The format slugs of src/data/formats.json. */
export function loadFormatSlugs(): string[] {
  return formatTable.map((format) => format.slug);
}
