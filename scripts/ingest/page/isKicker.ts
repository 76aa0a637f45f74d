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
