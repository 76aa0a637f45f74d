import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGeneratorTables } from './gazetteers.ts';
import { seedToRng } from './prng.ts';
import { dayToArabicText, digitsToArabicIndic, poolsToSyntheticSeed, rngToDay, type SeedPools } from './seedText.ts';

// The generator's words come from the project's data folder, as in `npm run generate`.
const tables = await loadGeneratorTables(resolve(import.meta.dirname, '../..'));
const pools: SeedPools = {
  ...tables,
  paragraphs: ['ناقش الجانبان سبل تعزيز التعاون في مجالات الدفاع والأمن والتكنولوجيا المتقدمة بين البلدين الصديقين.'],
  mentioning: [],
  unrelated: ['استقبل وزير الخارجية بالإنابة القائم بأعمال سفارة أجنبية في العاصمة لبحث التعاون الثنائي بين البلدين.'],
  partners: [{ code: 'IN', name: 'الهند', nisba: 'الهندي', capital: 'نيودلهي' }],
  officials: [],
  formats: ['summit', 'official-visit', 'phone-call'],
};

describe('digitsToArabicIndic', () => {
  test('returns Arabic-Indic digits for Western digits', () => {
    expect(digitsToArabicIndic('12 مارس 2019')).toBe('١٢ مارس ٢٠١٩');
  });
});

describe('rngToDay', () => {
  test('returns days between 2000-01-01 and 2026-10-31', () => {
    const rng = seedToRng(3);
    for (let i = 0; i < 2000; i++) {
      const day = rngToDay(rng).toISOString().slice(0, 10);
      expect(day >= '2000-01-01' && day <= '2026-10-31').toBe(true);
    }
  });
});

describe('dayToArabicText', () => {
  test('returns the day, an Arabic month name and the year', () => {
    const texts = Array.from({ length: 50 }, (_, i) => dayToArabicText(new Date(Date.UTC(2019, 2, 12)), seedToRng(i), tables));
    expect(texts.some((text) => /12 (مارس|آذار) 2019/.test(text))).toBe(true);
    expect(texts.some((text) => text.includes('١٢'))).toBe(true);
    expect(texts.every((text) => /(مارس|آذار)/.test(text))).toBe(true);
  });

  test('returns the right weekday when it names one', () => {
    const texts = Array.from({ length: 50 }, (_, i) => dayToArabicText(new Date(Date.UTC(2019, 2, 12)), seedToRng(i), tables));
    const withWeekday = texts.filter((text) => !/^[(0-9٠-٩]/.test(text));
    expect(withWeekday.length).toBeGreaterThan(0);
    expect(withWeekday.every((text) => text.startsWith('الثلاثاء'))).toBe(true);
  });
});

describe('poolsToSyntheticSeed', () => {
  test('returns the same seed for the same generator state', () => {
    expect(poolsToSyntheticSeed(pools, seedToRng(9), 0)).toEqual(poolsToSyntheticSeed(pools, seedToRng(9), 0));
  });

  test('returns a lede naming the partner and the full date', () => {
    const seed = poolsToSyntheticSeed(pools, seedToRng(1), 7);
    expect(seed.fileName).toMatch(/^00007_[0-9a-f]{16}\.txt$/);
    expect(seed.facts.partner).toBe('IN');
    expect(seed.text).toContain('الهند');
    const year = seed.facts.date.slice(0, 4);
    expect(seed.text.includes(year) || seed.text.includes(digitsToArabicIndic(year))).toBe(true);
  });

  test('returns a "read also" tail in some seeds', () => {
    const texts = Array.from({ length: 40 }, (_, i) => poolsToSyntheticSeed(pools, seedToRng(i), i).text);
    expect(texts.some((text) => text.includes('إقرأ أيضاً'))).toBe(true);
    expect(texts.some((text) => !text.includes('إقرأ أيضاً'))).toBe(true);
  });
});
