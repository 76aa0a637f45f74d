import { describe, expect, test } from 'vitest';
import { yearToSearchPart } from './yearToSearchPart.ts';

describe('yearToSearchPart', () => {
  test.each([
    [2020, 10, '2020-2029'],
    [2029, 10, '2020-2029'],
    [2019, 10, '2010-2019'],
    [2000, 10, '2000-2009'],
    [2024, 5, '2020-2024'],
    [2025, 5, '2025-2029'],
    [1999, 10, '1990-1999'],
  ])('%i in spans of %i years → %s', (year, span, part) => expect(yearToSearchPart(year, span)).toBe(part));
});
