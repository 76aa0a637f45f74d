import { expect, test } from 'vitest';
import { isFeminineLead, isFeminineTitle } from './isFeminineTitle.ts';

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

// batch 97's buckthorn-01 (MAP): a delegation's lead in the feminine past; «برئاسة» (a noun) tells no one's gender
test.each<[string, boolean]>([
  ['وترأست الجانب', true],
  ['قادت الوفد', true],
  ['ترأس الجانب', false],
  ['برئاسة', false],
])('isFeminineLead: %s → %s', (lead, feminine) => {
  expect(isFeminineLead(lead)).toBe(feminine);
});
