import { describe, expect, test } from 'vitest';
import { buildPhraseIndex, findPhrases, withoutProclitics } from './phraseIndex.ts';
import { tokenize } from './tokenize.ts';

describe('withoutProclitics', () => {
  test('strips و، ف، ب، ل، ك and turns لل into ال', () => {
    expect(withoutProclitics('لليابان')).toContain('اليابان');
    expect(withoutProclitics('وبالهند')).toContain('الهند');
    expect(withoutProclitics('وفيتنام')).toContain('فيتنام');
  });
  test('leaves short words whole', () => {
    expect(withoutProclitics('بين')).toEqual(['بين']);
  });
});

describe('findPhrases', () => {
  const index = buildPhraseIndex([
    ['كوريا الجنوبية', 'KR'],
    ['كوريا الشمالية', 'KP'],
    ['اليابان', 'JP'],
  ]);
  test('prefers the longest phrase and allows proclitics on its first word', () => {
    const found = findPhrases(index, tokenize('بين اليابان وكوريا الجنوبية ولكوريا الشمالية'));
    expect(found.map((match) => match.value)).toEqual(['JP', 'KR', 'KP']);
    expect(found[1]).toMatchObject({ prefixed: true, prefix: 'و' });
  });
  test('does not match a phrase cut short', () => {
    expect(findPhrases(index, tokenize('كوريا وحدها'))).toEqual([]);
  });
});
