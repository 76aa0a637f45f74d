import type { SeedScore } from './scoreSeed.ts';

/** One row of the eval table: a field, how many articles it was right for out of how many, and its threshold. */
export interface EvalRow {
  key: string;
  label: string;
  right: number;
  total: number;
  /** For counts that must stay at a ceiling (guessed dates), the count itself is the figure. */
  kind: 'share' | 'count';
}

const share = (key: string, label: string, right: number, total: number): EvalRow => ({ key, label, right, total, kind: 'share' });

/** The per-field figures of a corpus run. */
export function scoresToRows(scores: readonly SeedScore[]): EvalRow[] {
  const dated = scores.filter((score) => score.date !== 'refusedRight' && score.date !== 'guessed');
  const undated = scores.filter((score) => score.date === 'refusedRight' || score.date === 'guessed');
  const sum = (pick: (score: SeedScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  return [
    share('title', 'headline (the page\'s, not a caption or masthead)', scores.filter((score) => score.title).length, scores.length),
    share('dateRight', 'date right (pages that give it)', dated.filter((score) => score.date === 'right').length, dated.length),
    share('dateRefused', 'date correctly refused (pages that do not)', undated.filter((score) => score.date === 'refusedRight').length, undated.length),
    { key: 'guessedDates', label: 'dates guessed or wrong', right: scores.filter((score) => score.date === 'guessed' || score.date === 'wrong').length, total: scores.length, kind: 'count' },
    share('parties', 'parties', scores.filter((score) => score.parties).length, scores.length),
    { key: 'wrongParties', label: 'parties written wrong', right: scores.filter((score) => score.wrongParties).length, total: scores.length, kind: 'count' },
    share('mentions', 'mentions', scores.filter((score) => score.mentions).length, scores.length),
    share('format', 'format', scores.filter((score) => score.format).length, scores.length),
    // (no threshold: the labels' alternatives tell how much of what is missed is a reading the label accepts too)
    share('formatAccepted', 'format, or an alternative its label accepts', scores.filter((score) => score.formatAccepted).length, scores.length),
    share('location', 'place (city and country)', scores.filter((score) => score.location).length, scores.length),
    share('officialsRecall', 'officials found (recall)', sum((score) => score.officials.found), sum((score) => score.officials.labelled)),
    share('officialsPrecision', 'officials listed who took part (precision)', sum((score) => score.officials.listed - score.officials.wrong.length), sum((score) => score.officials.listed)),
    share('officialsCountry', "officials' country", sum((score) => score.officials.countryRight), sum((score) => score.officials.countryChecked)),
    share('clutterGone', 'clutter strings kept out of the event', sum((score) => score.clutter.total - score.clutter.left.length), sum((score) => score.clutter.total)),
    share('articleKept', 'article strings kept in the event', sum((score) => score.keep.total - score.keep.lost.length), sum((score) => score.keep.total)),
    // how well the confidence tells editors where to look: wrong values it did not flag, and what it asks them to check
    { key: 'wrongUnflagged', label: 'wrong party/format/place/officials not flagged', right: sum((score) => score.review.wrongUnflagged.length), total: scores.length, kind: 'count' },
    { key: 'flagged', label: 'fields flagged for review', right: sum((score) => score.review.flagged.length), total: scores.length, kind: 'count' },
  ];
}

// rounded down: a share just under a threshold never reads as reaching it (322/332 is 96.9%, not 97.0%)
const percent = (row: EvalRow) => (row.total === 0 ? '—' : `${(Math.floor((1000 * row.right) / row.total) / 10).toFixed(1)}%`);

/** Whether a row meets its threshold: a share at least the minimum, a count at most the maximum. */
export function rowMeets(row: EvalRow, threshold: number | undefined): boolean | undefined {
  if (threshold === undefined) return undefined;
  if (row.kind === 'count') return row.right <= threshold;
  return row.total === 0 || row.right / row.total >= threshold;
}

/** The table `npm run eval` prints. */
export function rowsToTable(rows: readonly EvalRow[], thresholds: Readonly<Record<string, number>>): string {
  const lines = [['field', 'result', 'of', 'threshold', 'ok']];
  for (const row of rows) {
    const threshold = thresholds[row.key];
    const meets = rowMeets(row, threshold);
    lines.push([
      row.label,
      row.kind === 'count' ? String(row.right) : percent(row),
      row.kind === 'count' ? `${row.total} articles` : `${row.right}/${row.total}`,
      threshold === undefined ? '' : row.kind === 'count' ? `≤ ${threshold}` : `≥ ${(threshold * 100).toFixed(0)}%`,
      meets === undefined ? '' : meets ? 'yes' : 'NO',
    ]);
  }
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  const format = (line: string[]) => `| ${line.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [format(lines[0]!), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...lines.slice(1).map(format)].join('\n');
}
