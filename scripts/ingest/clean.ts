import { CLUTTER } from '../../src/data/index.ts';
import { normalizeForMatching } from '../../src/arabic/fold.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const breadcrumbPattern = new RegExp(
  `^(?:(?:${[...CLUTTER.breadcrumbWords].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})[\\s»›>/|<«‹،,\\-–]*){1,8}$`,
);

/** Clutter and read-also lines are short; longer lines are article text and skip the pattern tables. */
const FURNITURE_MAX = 200;

// The table's patterns as one alternation: one regex run per line instead of thirty (they carry no flags, so none is lost).
const clutterPattern = new RegExp(CLUTTER.lines.map((rule) => `(?:${rule.pattern})`).join('|'));
const readAlsoPatterns = CLUTTER.readAlso.map((rule) => new RegExp(rule.pattern));

function keyIsClutter(key: string): boolean {
  return clutterPattern.test(key) || breadcrumbPattern.test(key);
}

function keyIsReadAlso(key: string): boolean {
  return readAlsoPatterns.some((pattern) => pattern.test(key));
}

/**
 * Removes site clutter and cuts the text at the first "read also" block that follows article text,
 * so an appended unrelated article never reaches the event. Blank lines are kept (collapsed) as paragraph breaks.
 */
export function cleanArticle(text: string): string[] {
  const kept: string[] = [];
  let hasText = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      if (kept.length > 0 && kept[kept.length - 1] !== '') kept.push('');
      continue;
    }
    const key = line.length > FURNITURE_MAX ? undefined : normalizeForMatching(line);
    if (key !== undefined && keyIsReadAlso(key)) {
      // A marker before any article text is page navigation, not the end of the article.
      if (hasText) break;
      continue;
    }
    if (key !== undefined && keyIsClutter(key)) continue;
    kept.push(raw.replace(/\s+$/, '').replace(/^[\t ]+/, (indent) => indent.replace(/\t/g, '    ')));
    hasText = true;
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept;
}
