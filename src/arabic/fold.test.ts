import { describe, expect, test } from 'vitest';
import { DROPPED_RANGES, LETTER_FOLDS } from './codePoints.ts';
import { foldArabic, foldForMatching, isDroppedForMatching, normalizeArabic, normalizeForMatching } from './fold.ts';

describe('foldArabic', () => {
  test.each([
    ['إيوَايا', 'ايوايا'],
    ['الهنديّة', 'الهنديه'],
    ['مؤتمر', 'موتمر'],
    ['رئيس', 'رييس'],
    ['آسيا', 'اسيا'],
    ['ٱلله', 'الله'],
    ['مصطفى', 'مصطفي'],
    ['٢٠٢٥ و۱۴۰۴', '2025 و1404'],
    ['اليابـــان', 'اليابان'],
    ['\u200Fطوكيو\u200E', 'طوكيو'],
    ['\u2067نيودلهي\u2069', 'نيودلهي'],
    ['\uFEFFعنوان', 'عنوان'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldArabic(text)).toBe(folded);
  });

  test('folds every listed letter variant and drops every listed range', () => {
    for (const [from, to] of LETTER_FOLDS) expect(foldArabic(String.fromCharCode(from))).toBe(String.fromCharCode(to));
    for (const [first, last] of DROPPED_RANGES) for (let code = first; code <= last; code++) expect(foldArabic(`ب${String.fromCharCode(code)}ب`)).toBe('بب');
  });

  test.each(['ء', 'ب', 'ه', 'و', 'ي', 'ا', 'Share', '2+2', '-'])('leaves %s as it is', (text) => {
    expect(foldArabic(text)).toBe(text);
  });
});

describe('where the two forms differ', () => {
  // The whole difference between search folding and matching folding: the accusative alef and Latin case.
  test.each([
    ['حواراً استراتيجياً', 'حوارا استراتيجيا', 'حوار استراتيجي'],
    ['اتصالًا', 'اتصالا', 'اتصال'],
    ['Share على Facebook', 'Share علي Facebook', 'share علي facebook'],
  ])('%s: search %s, matching %s', (text, search, matching) => {
    expect(normalizeArabic(text)).toBe(search);
    expect(normalizeForMatching(text)).toBe(matching);
  });

  test.each(['اليابان والهند', 'إيوايا', 'قمة 2+2', 'حوارا بدون تنوين'])('they agree on text without tanween or capitals: %s', (text) => {
    expect(normalizeForMatching(text)).toBe(normalizeArabic(text));
  });
});

describe('isDroppedForMatching', () => {
  test('names exactly the code units foldForMatching drops', () => {
    const text = 'حواراً إيوَايا\u200Fاليابـان';
    const kept = [...text].filter((_, i) => !isDroppedForMatching(text, i)).join('');
    expect(foldArabic(kept)).toBe(foldForMatching(text));
  });
});
