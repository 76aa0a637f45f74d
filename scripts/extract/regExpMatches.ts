/**
 * Every match of a global pattern in `text`, in order, as `[...text.matchAll(pattern)]` gives them, but read with the
 * pattern itself: matchAll builds a copy of the pattern on each call, which cost the date reader (six long patterns,
 * every sentence) more than the matching. The pattern's lastIndex is 0 before and after.
 */
export function regExpMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`regExpMatches needs a global pattern: ${pattern}`);
  const matches: RegExpExecArray[] = [];
  const unicode = pattern.unicode || pattern.unicodeSets;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    // an empty match moves on by one character, as matchAll does (a code point for a unicode pattern)
    if (match[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, unicode);
  }
  return matches;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
