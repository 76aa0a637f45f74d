import { describe, expect, test } from 'vitest';
import { PARTNERS } from './partners.ts';
import { gazetteersToQueries } from './queries.ts';

const partners = PARTNERS.map((partner) => ({ ...partner, name: `اسم ${partner.code}`, capital: `عاصمة ${partner.code}` }));
const iwaya = { name: 'تاكيشي إيوايا', aliases: ['إيويا'], country: 'JP', role: 'وزير الخارجية' };

describe('gazetteersToQueries', () => {
  test('returns names, nisbas, English names and officials\' spellings', () => {
    const queries = gazetteersToQueries(partners, [iwaya]);
    expect(queries).toEqual(expect.arrayContaining(['اسم IN', 'الهندي', 'India', 'تاكيشي إيوايا', 'إيويا']));
    expect(queries.length).toBeGreaterThanOrEqual(24);
  });

  test('returns at least the minimum without an officials gazetteer', () => {
    expect(gazetteersToQueries(partners, []).length).toBeGreaterThanOrEqual(24);
  });
});
