/** Measures the width of a run of text as it will be drawn (shaped), in pixels. */
export type MeasureText = (text: string) => number;

const ELLIPSIS = '…';
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
// A Latin name or phrase cut at a line end has its words and brackets reordered by the bidi algorithm on each line
// («(Takeshi» / «Iwaya)»), so up to three words in a row without Arabic letters are kept on one line.
const LATIN_RUN = 3;

/** Splits text at spaces, joining runs of up to LATIN_RUN words without Arabic letters into one unit. */
function textToUnits(text: string): string[] {
  const units: string[] = [];
  let run = 0;
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const latin = !ARABIC.test(word);
    if (latin && run > 0 && run < LATIN_RUN) {
      units[units.length - 1] += ` ${word}`;
      run++;
    } else {
      units.push(word);
      run = latin ? 1 : 0;
    }
  }
  return units;
}

// Words are never split: an Arabic word cut in two changes its letters' joined forms, so a word too long stays whole.
/** Breaks text into at most `maxLines` lines no wider than `maxWidth`, at spaces; what does not fit ends the last line with «…». */
export function wrapWords(text: string, maxWidth: number, maxLines: number, measure: MeasureText): { lines: string[]; truncated: boolean } {
  const words = textToUnits(text);
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
