import { describe, expect, test } from 'vitest';
import { CITIES as cities, OFFICIALS as officials } from '../../src/data/index.ts';
import { ALL_COUNTRY_CODES } from '../../src/utils/countryNames.ts';

const cityTable = { cities };

describe('src/data/officials.json', () => {
  test('gives every official a country Intl knows and terms that end after they start', () => {
    for (const official of officials) expect(ALL_COUNTRY_CODES, official.id).toContain(official.country);
    for (const official of officials) for (const term of official.roles ?? []) if (term.to) expect(term.from <= term.to, `${official.id}: ${term.role}`).toBe(true);
  });
  test('knows both ministers of seed 004 and hundreds of others', () => {
    expect(officials.map((official) => official.id)).toEqual(expect.arrayContaining(['takeshi-iwaya', 'cho-tae-yul']));
    expect(officials.length).toBeGreaterThan(500);
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
