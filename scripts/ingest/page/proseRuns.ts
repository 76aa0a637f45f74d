import type { LineFeatures } from './lineFeatures.ts';
import type { LineKind } from './lineToKind.ts';

/** One line of a copied page, with its kind judged alone. */
export interface Line {
  text: string;
  kind: LineKind | 'blank';
  features?: LineFeatures;
}

/** A stretch of the page from one prose line to the last before it ends: lines `start`…`end`, its characters and paragraphs. */
export interface ProseRun {
  start: number;
  end: number;
  chars: number;
  paragraphs: number;
}

/** How many furniture lines in a row end the article even without a "read also" line. */
const FURNITURE_RUN = 4;

/** The prose runs of the page: stretches of lines from one prose line to the last before a tail line, a sign-off or a run of furniture. */
export function proseRuns(lines: readonly Line[]): ProseRun[] {
  const runs: ProseRun[] = [];
  let current: ProseRun | undefined;
  let furniture = 0;
  for (let i = 0; i < lines.length; i++) {
    const { kind, text } = lines[i]!;
    if (kind === 'blank') continue;
    if (kind === 'prose') {
      current ??= { start: i, end: i, chars: 0, paragraphs: 0 };
      current.end = i;
      current.chars += text.length;
      current.paragraphs++;
      furniture = 0;
      continue;
    }
    if (!current) continue;
    furniture = kind === 'clutter' || kind === 'credit' ? furniture + 1 : 0;
    if (kind === 'tail' || kind === 'signOff' || furniture >= FURNITURE_RUN) {
      runs.push(current);
      current = undefined;
      furniture = 0;
    }
  }
  if (current) runs.push(current);
  return runs;
}
