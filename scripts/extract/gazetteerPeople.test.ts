import { describe, expect, test } from 'vitest';
import { gazetteerById, roleOnDay } from './gazetteerPeople.ts';

describe('roleOnDay', () => {
  test('of two offices held at once, the higher: Jordan\'s prime minister was its defence minister too (grove-09)', () => {
    expect(roleOnDay(gazetteerById.get('bisher-al-khasawneh')!, '2024-02-16')).toBe('رئيس الوزراء');
  });
  test('a term the day falls in, else the gazetteer\'s role', () => {
    const official = gazetteerById.get('bisher-al-khasawneh')!;
    expect(roleOnDay(official, undefined)).toBe(official.role);
    expect(roleOnDay(official, '2010-01-01')).toBe(official.role);
  });
});
