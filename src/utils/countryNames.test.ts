import { describe, expect, test } from 'vitest';
import {
  ALL_COUNTRY_CODES,
  arabicNameToNisbaStem,
  countryToArabicAliases,
  countryToArabicName,
  countryToEnglishName,
  countryToNisbas,
  countryToSearchTerms,
  nisbaStemToForms,
} from './countryNames.ts';

describe('ALL_COUNTRY_CODES', () => {
  test('lists every ISO region Intl knows, not a handful', () => {
    expect(ALL_COUNTRY_CODES.length).toBeGreaterThanOrEqual(239);
    for (const code of ['JP', 'IN', 'VN', 'US', 'KR', 'KP', 'CN', 'BR', 'SA', 'ZA', 'FJ']) expect(ALL_COUNTRY_CODES).toContain(code);
  });
  test('leaves out pseudo, grouping and deprecated codes', () => {
    for (const code of ['EU', 'UN', 'ZZ', 'XA', 'UK', 'SU', 'DD']) expect(ALL_COUNTRY_CODES).not.toContain(code);
    // the United States' territories are places in the US (batch 20's brook-02: «جزيرة غوام»)
    for (const code of ['GU', 'PR', 'VI', 'AS', 'MP', 'UM']) expect(ALL_COUNTRY_CODES).not.toContain(code);
  });
});

describe('countryToArabicName', () => {
  test('returns the Intl Arabic name', () => {
    expect(countryToArabicName('JP')).toBe('اليابان');
    expect(countryToArabicName('kr')).toBe('كوريا الجنوبية');
  });
  test('returns the override for names Intl spells awkwardly', () => {
    expect(countryToArabicName('MM')).toBe('ميانمار');
    expect(countryToArabicName('PS')).toBe('فلسطين');
  });
  test('returns an empty string for a code that is not a country', () => {
    expect(countryToArabicName('ZZ')).toBe('');
    expect(countryToArabicName('EU')).toBe('');
  });
});

describe('countryToEnglishName', () => {
  test('returns the English name', () => {
    expect(countryToEnglishName('IN')).toBe('India');
    expect(countryToEnglishName('US')).toBe('United States');
  });
});

describe('countryToArabicAliases', () => {
  test('includes the extra aliases of the data file', () => {
    expect(countryToArabicAliases('US')).toEqual(expect.arrayContaining(['الولايات المتحدة', 'أمريكا', 'أميركا']));
    expect(countryToArabicAliases('SA')).toContain('السعودية');
    expect(countryToArabicAliases('GB')).toContain('بريطانيا');
  });
});

describe('arabicNameToNisbaStem', () => {
  test('derives regular stems', () => {
    expect(arabicNameToNisbaStem('الهند')).toBe('هندي');
    expect(arabicNameToNisbaStem('مصر')).toBe('مصري');
    expect(arabicNameToNisbaStem('أستراليا')).toBe('أسترالي');
    expect(arabicNameToNisbaStem('كندا')).toBe('كندي');
    expect(arabicNameToNisbaStem('سنغافورة')).toBe('سنغافوري');
    expect(arabicNameToNisbaStem('السعودية')).toBe('سعودي');
  });
  test('gives nothing for multi-word names, nor for a name ending in ي that is an everyday word', () => {
    expect(arabicNameToNisbaStem('كوريا الجنوبية')).toBeUndefined();
    expect(arabicNameToNisbaStem('مالي')).toBeUndefined();
  });
  // batch 45's bluebell-08 (Al Ain): «الجانب الزيمبابوي» — a name ending in ي is its own nisba
  test('a name ending in ي is its own stem', () => {
    expect(arabicNameToNisbaStem('زيمبابوي')).toBe('زيمبابوي');
    expect(arabicNameToNisbaStem('بوروندي')).toBe('بوروندي');
    expect(arabicNameToNisbaStem('هايتي')).toBe('هايتي');
  });
});

describe('nisbaStemToForms', () => {
  test('inflects each nisba word of a multi-word stem', () => {
    expect(nisbaStemToForms('كوري جنوبي')).toEqual(expect.arrayContaining(['الكوري الجنوبي', 'الكورية الجنوبية', 'الكوريين الجنوبيين']));
  });
});

describe('countryToNisbas', () => {
  test('returns masculine, feminine and plural forms with and without ال', () => {
    expect(countryToNisbas('IN')).toEqual(expect.arrayContaining(['الهندي', 'الهندية', 'هنديين', 'الهنود']));
    expect(countryToNisbas('JP')).toEqual(expect.arrayContaining(['ياباني', 'اليابانية', 'اليابانيين']));
  });
  test('covers countries beyond the seeds', () => {
    expect(countryToNisbas('SA')).toEqual(expect.arrayContaining(['السعودي', 'السعودية']));
    expect(countryToNisbas('EG')).toContain('المصري');
    expect(countryToNisbas('BR')).toContain('البرازيلي');
    expect(countryToNisbas('AU')).toContain('الأسترالية');
    expect(countryToNisbas('PH')).toContain('الفلبينية');
    expect(countryToNisbas('DE')).toContain('الألمانية');
  });
  test('uses the irregular forms of the overrides table', () => {
    expect(countryToNisbas('US')).toEqual(expect.arrayContaining(['الأمريكي', 'الأميركية', 'الأمريكيين']));
    expect(countryToNisbas('AT')).toContain('النمساوي');
    expect(countryToNisbas('AT')).not.toContain('النمسي');
    // pairs42's pair-154 («نظيره الكوسوفي»): a name in و gives no nisba by rule («كوسوفوي»)
    expect(countryToNisbas('XK')).toEqual(expect.arrayContaining(['الكوسوفي', 'الكوسوفية']));
  });
  test('keeps the two Koreas apart', () => {
    expect(countryToNisbas('KP')).toContain('الكورية الشمالية');
    expect(countryToNisbas('KP')).not.toContain('الكورية الجنوبية');
  });
});

describe('countryToSearchTerms', () => {
  test('returns names, nisbas and the English name', () => {
    const terms = countryToSearchTerms('VN');
    expect(terms).toEqual(expect.arrayContaining(['فيتنام', 'الفيتنامية', 'Vietnam']));
  });
  test('returns nothing for an unknown code', () => {
    expect(countryToSearchTerms('ZZ')).toEqual([]);
  });
});
