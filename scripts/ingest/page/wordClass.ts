// A word of a line is /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/u: each code unit's class is read from the two patterns once, then
// from a table (matching the pattern was a third of the cost of measuring a line). Astral code points ask the patterns each time.
const STARTS = /^[\p{L}\p{N}]$/u;
const CONTINUES = /^[\p{L}\p{M}\p{N}'’-]$/u;
const KNOWN = 1;
/** A letter or a digit (\p{L}\p{N}): a word starts here. */
export const STARTS_WORD = 2;
/** A letter, a mark, a digit, an apostrophe or a hyphen: a word goes on here. */
export const IN_WORD = 4;
/** The code point takes two code units (a surrogate pair). */
export const PAIR = 8;

/** Each code unit's class once read (0: not yet, and always for a high surrogate, whose class depends on the next unit). */
export const WORD_CLASS = new Uint8Array(0x10000);

function classOf(char: string): number {
  return KNOWN | (STARTS.test(char) ? STARTS_WORD : 0) | (CONTINUES.test(char) ? IN_WORD : 0);
}

/**
 * The class of the code point at `at` of `text`: STARTS_WORD and IN_WORD bits, with PAIR when it takes two code units.
 * Loops over many characters read WORD_CLASS first and call this only where it holds 0.
 */
export function wordClassAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return classOf(text.slice(at, at + 2)) | PAIR;
  }
  const kind = WORD_CLASS[code]!;
  if (kind !== 0) return kind;
  const read = classOf(String.fromCharCode(code));
  if (code < 0xd800 || code > 0xdbff) WORD_CLASS[code] = read;
  return read;
}
