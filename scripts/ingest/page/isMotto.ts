import { normalizeForMatching } from '../../../src/arabic/fold.ts';
import { BOILERPLATE } from '../../../src/data/index.ts';

/** The words a masthead's motto opens with, folded («صحيفة», «موقع إخباري»). */
const MOTTO_OPENERS = BOILERPLATE.mottoOpeners.map(normalizeForMatching);
/** How many words a motto has at most («صحيفة يومية سياسية مستقلة - دبي», «موقع إخباري مستقل يهتم بشؤون الصومال ومنطقة القرن الأفريقي»). */
const MOTTO_MAX_WORDS = 12;

/**
 * Whether a line is a masthead's motto, the outlet describing itself: it opens with a word of an outlet, is short and
 * has no colon or «..» («صحيفة العرب الأولى»; not «صحيفة يابانية: طوكيو تدرس …», a headline quoting a paper).
 */
export function isMotto(key: string, text: string): boolean {
  return !/[:：]|\.\./.test(text) && key.split(' ').length <= MOTTO_MAX_WORDS && MOTTO_OPENERS.some((opener) => key === opener || key.startsWith(`${opener} `));
}
