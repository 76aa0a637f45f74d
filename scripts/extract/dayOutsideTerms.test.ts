import { describe, expect, test } from 'vitest';
import { dayOutsideTerms } from './dayOutsideTerms.ts';
import type { Official } from '../../src/schemas/event.ts';

const person = (id: string): Official => ({ id, name: id, aliases: [], country: '', role: '' });

describe('dayOutsideTerms', () => {
  // hale-07 (batch 31, Asharq Al-Awsat archive page): the banner's day read for a 2006 story of Koizumi and Karimov
  test.each<[string, string[], string, boolean]>([
    ['two leaders, both long out of office', ['junichiro-koizumi', 'islam-karimov'], '2026-02-05', true],
    ['the same two on the day they met', ['junichiro-koizumi', 'islam-karimov'], '2006-08-29', false],
    ['one known person only proves nothing', ['junichiro-koizumi'], '2026-02-05', false],
    // heron-03: two people named years before their first listed term held other offices then
    ['people before their first listed term', ['theresa-lazaro', 'kenji-kanasugi'], '2013-05-17', false],
    ['people the gazetteer does not know', ['x-y', 'z-w'], '2026-02-05', false],
  ])('%s', (_, ids, day, outside) => {
    expect(dayOutsideTerms(ids.map(person), day)).toBe(outside);
  });
});
