import { expect, test } from 'vitest';
import { isFeminineTitle } from './isFeminineTitle.ts';

test.each<[string, boolean]>([
  ['وزيرة الخارجية', true],
  ['نائبة وزير الاستثمار', true],
  ['السفيرة', true],
  // the «ة» of a later word is the portfolio's, not the title's
  ['وزير الدولة', false],
  ['رئيس الوزراء', false],
])('isFeminineTitle: %s → %s', (title, feminine) => {
  expect(isFeminineTitle(title)).toBe(feminine);
});
