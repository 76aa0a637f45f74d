import { expect, test } from 'vitest';
import { isFeminineLead, isFeminineTitle } from './isFeminineTitle.ts';

// Titles and delegations' leads as written, and whether they tell a woman.
const readers = { isFeminineTitle, isFeminineLead };

test.each<[keyof typeof readers, string, boolean]>([
  ['isFeminineTitle', 'وزيرة الخارجية', true],
  ['isFeminineTitle', 'نائبة وزير الاستثمار', true],
  ['isFeminineTitle', 'السفيرة', true],
  // the «ة» of a later word is the portfolio's, not the title's
  ['isFeminineTitle', 'وزير الدولة', false],
  ['isFeminineTitle', 'رئيس الوزراء', false],
  // batch 97's buckthorn-01 (MAP): a delegation's lead in the feminine past; «برئاسة» (a noun) tells no one's gender
  ['isFeminineLead', 'وترأست الجانب', true],
  ['isFeminineLead', 'قادت الوفد', true],
  ['isFeminineLead', 'ترأس الجانب', false],
  ['isFeminineLead', 'برئاسة', false],
])('%s: %s → %s', (reader, written, feminine) => {
  expect(readers[reader](written)).toBe(feminine);
});
