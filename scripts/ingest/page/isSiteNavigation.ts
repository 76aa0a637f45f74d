import { lineToFeatures } from './lineFeatures.ts';

/** A site's menu or breadcrumb, folded: it opens with the home page's word and goes on past a separator («الرئيسية › وطنية › أمن»). */
const NAVIGATION = /^(?:الرييسيه|home)\s*[|›»>/<«‹]/i;

/**
 * Whether a line is the site's own navigation, a menu or a breadcrumb («الرئيسية | وطنية | جهات | اقتصاد», «الرئيسية ›
 * وطنية › أمن»): what stands above one is the site's header, not the article's.
 */
export function isSiteNavigation(line: string): boolean {
  return isSiteNavigationKey(lineToFeatures(line.trim()).key);
}

/** isSiteNavigation of a line already folded (its features' key). */
export function isSiteNavigationKey(key: string): boolean {
  return NAVIGATION.test(key);
}
