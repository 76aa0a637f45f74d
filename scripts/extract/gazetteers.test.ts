import { describe, expect, test } from 'vitest';
import cityTable from '../../src/data/cities.json' with { type: 'json' };
import officialTable from '../../src/data/officials.json' with { type: 'json' };
import { officialSchema } from '../../src/schemas/event.ts';
import { ALL_COUNTRY_CODES } from '../../src/utils/countryNames.ts';

describe('src/data/officials.json', () => {
  test('has unique ids, valid slugs and known countries', () => {
    const ids = officialTable.map((official) => official.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { nameEn: _nameEn, ...official } of officialTable) expect(officialSchema.safeParse(official).success, official.id).toBe(true);
    for (const official of officialTable) expect(ALL_COUNTRY_CODES).toContain(official.country);
  });
  test('knows both ministers of seed 004', () => {
    expect(officialTable.map((official) => official.id)).toEqual(expect.arrayContaining(['takeshi-iwaya', 'cho-tae-yul']));
  });
});

describe('src/data/cities.json', () => {
  test('gives every city a known country and lists one capital per country at most', () => {
    const capitals = cityTable.cities.filter((city) => city.capital).map((city) => city.country);
    expect(new Set(capitals).size).toBe(capitals.length);
    for (const city of cityTable.cities) expect(ALL_COUNTRY_CODES, city.name).toContain(city.country);
    expect(capitals.length).toBeGreaterThan(190);
  });
});
