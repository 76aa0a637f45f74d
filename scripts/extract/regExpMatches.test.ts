import { describe, expect, test } from 'vitest';
import { regExpMatches } from './regExpMatches.ts';

describe('regExpMatches', () => {
  const same = (pattern: RegExp, text: string) => {
    const expected = [...text.matchAll(pattern)].map((match) => [match.index, [...match], match.groups]);
    expect(regExpMatches(pattern, text).map((match) => [match.index, [...match], match.groups])).toEqual(expected);
    expect(pattern.lastIndex).toBe(0);
  };
  test('gives what matchAll gives, groups and all', () => {
    same(/(?<day>\d{1,2}) (?<month>مارس|أبريل)/gu, 'في 3 مارس و 14 أبريل و 5 مايو');
    same(/(?:^|\s)(?:الذي|التي)(?=\s)/g, 'الزيارة التي قام بها الوزير الذي زار');
    same(/x/g, 'no match here');
  });
  test('moves past empty matches, by code point in a unicode pattern', () => {
    same(/a*/g, 'baab');
    same(/(?:)/gu, 'a😀b');
    same(/(?:)/g, 'a😀b');
  });
  test('needs a global pattern', () => {
    expect(() => regExpMatches(/a/, 'a')).toThrow(TypeError);
  });
});
