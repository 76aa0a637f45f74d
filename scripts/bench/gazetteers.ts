import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import formatTable from '../../src/data/formats.json' with { type: 'json' };
import { PARTNERS } from './partners.ts';
import type { GeneratorOfficial, PartnerCountry } from './seedText.ts';

interface CountryNames {
  countryToArabicName(code: string): string;
  countryToNisbas(code: string): string[];
}

// The extraction engineer's helpers may not exist yet; Intl gives Arabic names meanwhile.
async function loadCountryNames(root: string): Promise<CountryNames | undefined> {
  const file = path.join(root, 'src/utils/countryNames.ts');
  if (!fs.existsSync(file)) return undefined;
  return (await import(pathToFileURL(file).href)) as CountryNames;
}

const intlNames = new Intl.DisplayNames(['ar'], { type: 'region' });

/** Capitals by country from the extraction's city gazetteer (src/data/cities.json), so the ingest knows every city the generator writes. */
function loadCapitals(root: string): Map<string, string> {
  const file = path.join(root, 'src/data/cities.json');
  if (!fs.existsSync(file)) return new Map();
  const table = JSON.parse(fs.readFileSync(file, 'utf8')) as { cities: { name: string; country: string; capital?: boolean }[] };
  return new Map(table.cities.filter((city) => city.capital).map((city) => [city.country, city.name]));
}

/** The partner countries with Arabic names and nisbas from src/utils/countryNames.ts and capitals from src/data/cities.json when present. */
export async function loadPartners(root: string): Promise<PartnerCountry[]> {
  const names = await loadCountryNames(root);
  const capitals = loadCapitals(root);
  return PARTNERS.map((partner) => {
    const name = names?.countryToArabicName(partner.code) ?? intlNames.of(partner.code) ?? partner.code;
    // The masculine form with the article, as the lede says "نظيره الهندي".
    const nisba = names?.countryToNisbas(partner.code).find((form) => form === partner.nisba) ?? partner.nisba;
    return { code: partner.code, name, nisba, capital: capitals.get(partner.code) ?? partner.capital };
  });
}

/** The officials of src/data/officials.json, or none when the gazetteer has not landed. */
export function loadOfficials(root: string): GeneratorOfficial[] {
  const file = path.join(root, 'src/data/officials.json');
  if (!fs.existsSync(file)) return [];
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as GeneratorOfficial[];
  return raw.map(({ name, aliases, country, role }) => ({ name, aliases: aliases.filter((alias) => /[\u0600-\u06FF]/.test(alias)), country, role }));
}

/** The format slugs of src/data/formats.json. */
export function loadFormatSlugs(): string[] {
  return formatTable.map((format) => format.slug);
}
