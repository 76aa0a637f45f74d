import { CLUTTER } from '../../../src/data/index.ts';

// The fast path of the boilerplate stage: lines the clutter table names outright (src/data/clutter.json), tested on
// the folded line as one joined pattern.

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const breadcrumbPattern = new RegExp(
  `^(?:(?:${[...CLUTTER.breadcrumbWords].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})[\\s»›>/|<«‹،,\\-–]*){1,8}$`,
);
const clutterPattern = new RegExp([...CLUTTER.lines, ...CLUTTER.stampCompanions, ...CLUTTER.listMarkers, ...CLUTTER.ageStamps].map((rule) => `(?:${rule.pattern})`).join('|'));
const ageStampPattern = new RegExp(CLUTTER.ageStamps.map((rule) => `(?:${rule.pattern})`).join('|'));
const listMarkerPattern = new RegExp(CLUTTER.listMarkers.map((rule) => `(?:${rule.pattern})`).join('|'));
const stampCompanionPattern = new RegExp(CLUTTER.stampCompanions.map((rule) => `(?:${rule.pattern})`).join('|'));
const readAlsoPatterns = CLUTTER.readAlso.map((rule) => new RegExp(rule.pattern));
const readAlsoGluedPattern = new RegExp(CLUTTER.readAlsoGlued.map((rule) => `(?:${rule.pattern})`).join('|') || '(?!)');

/** Whether a folded line is known page furniture (comment widget, share bar, breadcrumb, tag line …). */
export function isKnownClutter(key: string): boolean {
  return clutterPattern.test(key) || breadcrumbPattern.test(key);
}

/** How a line of furniture divides its parts: « | » between them. */
const PART_SEPARATOR = /\s+\|\s+/;

/**
 * Whether a folded line is made of parts each of which is known furniture, « | » between them («مدة القراءة: 3 دقائق |
 * حجم الخط: أ+ أ-»): the whole line is.
 */
export function isKnownClutterByParts(key: string): boolean {
  const parts = key.split(PART_SEPARATOR);
  return parts.length >= 2 && parts.every((part) => part.trim() !== '' && isKnownClutter(part.trim()));
}

/** Whether a folded line opens a "read also" block. */
export function isKnownReadAlso(key: string): boolean {
  return readAlsoPatterns.some((pattern) => pattern.test(key));
}

/** Whether a folded line is a "read also" link whose opener is glued to the headline it links («اقرا ايضاالرييس الصيني …»). */
export function isKnownReadAlsoGlued(key: string): boolean {
  return readAlsoGluedPattern.test(key);
}

/** Whether a folded line stands beside a date stamp: the item's number, its reading time («رمز الخبر: 84446172»). */
export function isStampCompanion(key: string): boolean {
  return stampCompanionPattern.test(key);
}

/** Whether a folded line is a screen reader's word around a list of links («list of 3 items», «end of list»). */
export function isListMarker(key: string): boolean {
  return listMarkerPattern.test(key);
}

/** Whether a folded line is an article's age in place of its date («منذ 5 سنوات», «قبل أسبوع»). */
export function isAgeStampKey(key: string): boolean {
  return ageStampPattern.test(key);
}
