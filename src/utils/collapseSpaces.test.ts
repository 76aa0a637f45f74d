import { describe, expect, test } from 'vitest';
import { collapseSpaces } from './collapseSpaces.ts';

describe('collapseSpaces', () => {
  test('returns single-spaced text as it is, trimmed', () => {
    expect(collapseSpaces('  زار الوزير طوكيو ')).toBe('زار الوزير طوكيو');
  });

  test('returns runs of spaces, tabs and line breaks as one space', () => {
    expect(collapseSpaces('زار\t\tالوزير \n طوكيو')).toBe('زار الوزير طوكيو');
  });

  test('returns a lone space other than U+0020 as U+0020', () => {
    expect(collapseSpaces('زار\u00a0الوزير\u2009طوكيو\u3000اليوم')).toBe('زار الوزير طوكيو اليوم');
  });

  test('returns what replace(/\\s+/g, " ").trim() returns, for every kind of white space', () => {
    const spaces = ' \t\n\v\f\r\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
    for (const space of spaces) for (const text of [`a${space}b`, `a ${space}b`, `${space}a`, `a${space}`]) {
      expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, ' ').trim());
    }
  });
});
