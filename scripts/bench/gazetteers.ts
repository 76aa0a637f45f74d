import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PARTNERS } from './partners.ts';
import type { GeneratorOfficial, PartnerCountry, SeedPools } from './seedText.ts';

type DataModule = typeof import('../../src/data/index.ts');
type CountryNamesModule = typeof import('../../src/utils/countryNames.ts');

/** A module of the project at `root`, so that `npm run bench -- --project DIR` generates with that copy's tables. */
async function importFrom<T>(root: string, file: string): Promise<T> {
  return (await import(pathToFileURL(path.join(root, file)).href)) as T;
}

/** The partner countries with their Arabic names and nisbas (src/utils/countryNames.ts) and capitals (src/data/cities.json). */
export async function loadPartners(root: string): Promise<PartnerCountry[]> {
  const [{ CITIES }, names] = await Promise.all([importFrom<DataModule>(root, 'src/data/index.ts'), importFrom<CountryNamesModule>(root, 'src/utils/countryNames.ts')]);
  const capitals = new Map(CITIES.filter((city) => city.capital).map((city) => [city.country, city.name]));
  return PARTNERS.map((partner) => {
    const capital = capitals.get(partner.code);
    if (!capital) throw new Error(`src/data/cities.json has no capital for ${partner.code}, a partner of the benchmark's generator`);
    // The masculine form with the article, as the lede says "نظيره الهندي".
    const nisba = names.countryToNisbas(partner.code).find((form) => form === partner.nisba) ?? partner.nisba;
    return { code: partner.code, name: names.countryToArabicName(partner.code), nisba, capital };
  });
}

/** What the generator takes from the data folder besides the partners: officials (Arabic spellings only), formats and date words. */
export async function loadGeneratorTables(root: string): Promise<Pick<SeedPools, 'officials' | 'formats' | 'formatPhrases' | 'monthSets' | 'weekdayNames'>> {
  const { OFFICIALS, FORMATS, DATE_WORDS } = await importFrom<DataModule>(root, 'src/data/index.ts');
  const officials: GeneratorOfficial[] = OFFICIALS.map(({ name, aliases, country, role, roles }) => ({ name, aliases: aliases.filter((alias) => /[\u0600-\u06FF]/.test(alias)), country, role, ...(roles ? { roles } : {}) }));
  const weekdayNames: string[] = [];
  // The first spelling of each weekday in the table (الاثنين before الإثنين).
  for (const [word, day] of Object.entries(DATE_WORDS.weekdays)) weekdayNames[day] ??= word;
  const { egyptGulf, levantIraq, maghreb } = DATE_WORDS.monthSets;
  return {
    officials,
    formats: FORMATS.map((format) => format.slug),
    formatPhrases: Object.fromEntries(FORMATS.map((format) => [format.slug, format.phrase])),
    monthSets: [egyptGulf!, levantIraq!, maghreb!],
    weekdayNames,
  };
}
