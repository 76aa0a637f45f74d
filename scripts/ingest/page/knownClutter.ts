import { CLUTTER } from '../../../src/data/index.ts';

// The fast path of the boilerplate stage: lines the clutter table names outright (src/data/clutter.json), tested on
// the folded line as one joined pattern.

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const breadcrumbPattern = new RegExp(
  `^(?:(?:${[...CLUTTER.breadcrumbWords].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})[\\s»›>/|<«‹،,\\-–]*){1,8}$`,
);
/** Whether a rule matches only at the start of a line: it opens with ^ and has no | outside brackets. */
function isAnchoredAtStart(pattern: string): boolean {
  if (!pattern.startsWith('^')) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return false;
  }
  return true;
}

const clutterRules = [...CLUTTER.lines, ...CLUTTER.stampCompanions].map((rule) => rule.pattern);
const joinRules = (patterns: string[]) => (patterns.length ? new RegExp(patterns.map((pattern) => `(?:${pattern})`).join('|')) : /(?!)/);
// the rules anchored at the line's start in a pattern of their own, which is tried at the start only; joined with the
// others, every rule was tried at every character of every long line
const clutterAtStart = joinRules(clutterRules.filter(isAnchoredAtStart));
const clutterAnywhere = joinRules(clutterRules.filter((pattern) => !isAnchoredAtStart(pattern)));
const stampCompanionPattern = new RegExp(CLUTTER.stampCompanions.map((rule) => `(?:${rule.pattern})`).join('|'));
const readAlsoPatterns = CLUTTER.readAlso.map((rule) => new RegExp(rule.pattern));

/** Whether a folded line is known page furniture (comment widget, share bar, breadcrumb, tag line …). */
export function isKnownClutter(key: string): boolean {
  return clutterAtStart.test(key) || clutterAnywhere.test(key) || breadcrumbPattern.test(key);
}

/** Whether a folded line opens a "read also" block. */
export function isKnownReadAlso(key: string): boolean {
  return readAlsoPatterns.some((pattern) => pattern.test(key));
}

/** Whether a folded line stands beside a date stamp: the item's number, its reading time («رمز الخبر: 84446172»). */
export function isStampCompanion(key: string): boolean {
  return stampCompanionPattern.test(key);
}
