import { describe, expect, test } from 'vitest';
import { englishNameToSlug, officialMatchesName } from './namesMatch.ts';

const official = (name: string, aliases: string[] = [], id = 'x') => ({ id, name, aliases });

describe('officialMatchesName', () => {
  test.each([
    ['the same spelling', official('فوميو كيشيدا'), { name: 'فوميو كيشيدا', nameEn: 'Fumio Kishida' }],
    ['a hamza or ya variant', official('تاكيشي إيوايا'), { name: 'تاكيشى ايوايا', nameEn: 'Takeshi Iwaya' }],
    ['a gazetteer name inside a longer labelled name', official('محمد بن سلمان'), { name: 'محمد بن سلمان بن عبدالعزيز آل سعود', nameEn: 'Mohammed bin Salman' }],
    ['«عبد الله» and «عبدالله»', official('عبد الله بن زايد'), { name: 'عبدالله بن زايد آل نهيان', nameEn: 'Abdullah bin Zayed' }],
    ['an alias', official('بارك جين', ['باك جين']), { name: 'باك جين', nameEn: 'Park Jin' }],
    ['the id of the English name', official('اسم آخر', [], 'antony-blinken'), { name: 'بلينكن', nameEn: 'Antony Blinken' }],
  ])('matches %s', (_, candidate, label) => {
    expect(officialMatchesName(candidate, label)).toBe(true);
  });

  test.each([
    ['another person with the same first name', official('محمد بن زايد'), { name: 'محمد بن سلمان', nameEn: 'Mohammed bin Salman' }],
    ['one shared word only', official('شينزو آبي'), { name: 'شينزو كيشيدا', nameEn: 'Someone Else' }],
  ])('does not match %s', (_, candidate, label) => {
    expect(officialMatchesName(candidate, label)).toBe(false);
  });
});

describe('englishNameToSlug', () => {
  test('folds accents and punctuation into hyphens', () => {
    expect(englishNameToSlug('Bùi Thanh Sơn')).toBe('bui-thanh-son');
    expect(englishNameToSlug("S. Jaishankar")).toBe('s-jaishankar');
  });
});
