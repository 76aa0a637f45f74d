import type { GeneratorOfficial, PartnerCountry } from './seedText.ts';

const englishNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** At least `minimum` search queries a researcher would type: Arabic country names, nisbas, English names, officials' names and aliases. */
export function gazetteersToQueries(partners: PartnerCountry[], officials: GeneratorOfficial[], minimum = 24): string[] {
  const queries: string[] = [];
  const take = (list: string[], count: number) => queries.push(...list.slice(0, count));
  take(partners.map((partner) => partner.name), 8);
  take(partners.map((partner) => partner.nisba), 6);
  take(partners.map((partner) => englishNames.of(partner.code) ?? partner.code), 5);
  take(officials.flatMap((official) => [official.name, ...official.aliases]), 8);
  // Without an officials gazetteer the list is topped up with more countries so it still reaches the minimum.
  let extra = 8;
  while (queries.length < minimum && extra < partners.length) queries.push(partners[extra++]!.name);
  return [...new Set(queries)];
}
