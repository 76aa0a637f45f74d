import { describe, expect, test } from 'vitest';
import { hasPronounEnding, isWomansNameInH } from './pronounEndings.ts';

describe('hasPronounEnding', () => {
  // word as written, whether it is the first word read, and whether it carries a possessive pronoun
  test.each<[string, boolean, boolean]>([
    ['بلاده', true, true],
    ['حكومتها', true, true],
    ['خلاله', true, true],
    ['عبدالله', true, false],
    ['كوه', true, false],
    ['بانجيكيدزه', true, false],
    // a French family name in «ـيه» after a given name, not a plural's «his»
    ['فورنيه', false, false],
    ['فورنيه', true, true],
  ])('%s (first: %s) → %s', (word, first, expected) => {
    expect(hasPronounEnding(word, first)).toBe(expected);
  });
});

describe('isWomansNameInH', () => {
  test.each<[string, boolean]>([
    ['زوزانه', true],
    ['ماريانه', true],
    ['أنكه', true],
    // «her», «their», a particle with «his», a word too short to be a given name
    ['بلادها', false],
    ['بلادهم', false],
    ['عليه', false],
    ['له', false],
  ])('%s → %s', (word, expected) => {
    expect(isWomansNameInH(word)).toBe(expected);
  });
});
