import { describe, expect, test } from 'vitest';
import { isWireByline } from './isWireByline.ts';

describe('isWireByline', () => {
  // a line, and whether it is a byline crediting a wire
  test.each<[string, boolean]>([
    // batch 43's tansy-08 (France 24): the site and the wire
    ['فرانس24 / أ ف ب', true],
    // waiting zinnia-04 (Al-Liwaa): the city, the paper, the wires
    ['طوكيو - «اللـواء» - وكالات', true],
    ['(رويترز)', true],
    // a sentence that names a wire is the story's
    ['وقالت وكالات الأنباء إن الوزيرين اتفقا على مواصلة المحادثات في وقت لاحق من هذا العام.', false],
    ['أفادت وكالات.', false],
    // a word that holds a wire's letters is none
    ['الرئيسية   وكالة   أخبار', false],
  ])('%s → %s', (line, expected) => {
    expect(isWireByline(line)).toBe(expected);
  });
});
