import { wrapWords } from './wrapWords.ts';

/** A title laid out for a share image: its font size and lines. */
export interface TitleLayout {
  size: number;
  lines: string[];
  lineHeight: number;
  truncated: boolean;
}

// Short titles are drawn large; a long one steps down in size until it fits the box, and only at the smallest is cut.
/** Chooses the largest of `sizes` (largest first) at which the wrapped title fits the box; `measure` measures at a size. */
export function fitTitle(title: string, box: { width: number; height: number }, sizes: readonly number[], lineHeightRatio: number, measure: (text: string, size: number) => number): TitleLayout {
  if (sizes.length === 0) throw new Error('fitTitle: no font size to try');
  let layout: TitleLayout | undefined;
  for (const size of sizes) {
    const lineHeight = Math.round(size * lineHeightRatio);
    const maxLines = Math.max(1, Math.floor(box.height / lineHeight));
    const { lines, truncated } = wrapWords(title, box.width, maxLines, (text) => measure(text, size));
    layout = { size, lines, lineHeight, truncated };
    if (!truncated) return layout;
  }
  return layout!;
}
