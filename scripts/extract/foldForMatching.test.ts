import { describe, expect, test } from 'vitest';
import { foldForMatching, isDroppedForMatching, normalizeForMatching, withAccusativeForm } from './foldForMatching.ts';

describe('foldForMatching', () => {
  test('drops tanween with its accusative alef, either order', () => {
    expect(foldForMatching('حواراً استراتيجياً')).toBe('حوار استراتيجي');
    expect(foldForMatching('اتصالًا هاتفيًا')).toBe('اتصال هاتفي');
  });
  test('drops tanween that has no alef', () => {
    expect(foldForMatching('زيارةً رسميةً لقاءً')).toBe('زياره رسميه لقاء');
  });
  test('keeps a bare final alef and the alef of a name', () => {
    expect(foldForMatching('إيوايا اتصالا')).toBe('ايوايا اتصالا');
  });
  test('lower-cases Latin letters only', () => {
    expect(foldForMatching('Takeshi IWAYA')).toBe('takeshi iwaya');
  });
});

describe('isDroppedForMatching', () => {
  test('returns true exactly for the characters foldForMatching drops', () => {
    const text = 'عقد حواراً (اتصالًا) ـ';
    const kept = [...text].filter((_, at) => !isDroppedForMatching(text, at)).join('');
    expect(foldForMatching(text)).toHaveLength(kept.length);
  });
});

describe('normalizeForMatching', () => {
  test('collapses spaces and trims', () => {
    expect(normalizeForMatching('  حواراً   استراتيجياً ')).toBe('حوار استراتيجي');
  });
});

describe('withAccusativeForm', () => {
  test('returns the form without a final alef for a word that may be accusative', () => {
    expect(withAccusativeForm('غدا')).toEqual(['غدا', 'غد']);
    expect(withAccusativeForm('ما')).toEqual(['ما']);
    expect(withAccusativeForm('ايضا')).toEqual(['ايضا', 'ايض']);
    expect(withAccusativeForm('قال')).toEqual(['قال']);
  });
});
