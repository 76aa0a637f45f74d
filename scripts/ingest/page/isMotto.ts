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
  if (/[:：]|\.\./.test(text) || key.split(' ').length > MOTTO_MAX_WORDS) return false;
  const opensMotto = (part: string) => MOTTO_OPENERS.some((opener) => part === opener || part.startsWith(`${opener} `));
  // (or the outlet's name, a dash, then its motto: «الشعب - يومية وطنية إخبارية»)
  const [name = '', ...rest] = key.split(OUTLET_AND_MOTTO);
  return opensMotto(key) || (rest.length > 0 && name.split(' ').length <= OUTLET_NAME_MAX_WORDS && opensMotto(rest[0]!));
}

/** Between an outlet's name and its motto on a masthead line, folded: a spaced dash or bar. */
const OUTLET_AND_MOTTO = /\s+[-–—|]\s+/;
/** How many words an outlet's name before its motto has at most («الشعب», «الشروق اليومي»). */
const OUTLET_NAME_MAX_WORDS = 3;
