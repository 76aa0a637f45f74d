import { normalizeForMatching } from '../../../src/arabic/fold.ts';
import { BOILERPLATE } from '../../../src/data/index.ts';

/** The words a kicker opens with, folded («على هامش», «عقب», «في»). */
const OPENERS = BOILERPLATE.kickerOpeners.map(normalizeForMatching);
/** A separator of a headline's parts («..», «:», «،», « - »): a line with one is a whole headline, whatever opens it. */
const PARTS = /\.\.|[:：،,]|\s[-–—]\s/;

/**
 * Whether a line is a kicker, a line of circumstance set beside the headline: it opens with a word of circumstance and
 * has no separator of a headline's parts («على هامش قمة العشرين», «عقب الاعتداء الإرهابي على منشأة تيقنتورين الغازية»;
 * not «على هامش مؤتمر ألغام أوكرانيا.. طوكيو وبراغ تبحثان …»). `key` is the line folded, `text` as written.
 */
export function isKicker(key: string, text: string): boolean {
  return !PARTS.test(text) && OPENERS.some((opener) => key === opener || key.startsWith(`${opener} `));
}

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
