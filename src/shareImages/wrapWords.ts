/** Measures the width of a run of text as it will be drawn (shaped), in pixels. */
export type MeasureText = (text: string) => number;

const ELLIPSIS = '…';

// Words are never split: an Arabic word cut in two changes its letters' joined forms, so a word too long stays whole.
/** Breaks text into at most `maxLines` lines no wider than `maxWidth`, at spaces; what does not fit ends the last line with «…». */
export function wrapWords(text: string, maxWidth: number, maxLines: number, measure: MeasureText): { lines: string[]; truncated: boolean } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index]!;
    const candidate = current ? `${current} ${word}` : word;
    if (current === '' || measure(candidate) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (lines.length + 1 === maxLines) break;
    lines.push(current);
    current = word;
  }
  if (current) lines.push(current);
  const truncated = index < words.length;
  if (truncated) {
    // Drop words from the last line until it and the ellipsis fit.
    const last = lines.pop()!.split(' ');
    while (last.length > 1 && measure(`${last.join(' ')}${ELLIPSIS}`) > maxWidth) last.pop();
    lines.push(`${last.join(' ')}${ELLIPSIS}`);
  }
  return { lines, truncated };
}
