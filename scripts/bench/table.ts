import type { Row } from './budgets.ts';

const HEADER = ['figure', 'measured', 'budget', 'ok'];

function verdict(ok: boolean | undefined): string {
  if (ok === undefined) return '';
  return ok ? 'yes' : 'NO';
}

/** A Markdown table (figure | measured | budget | ok) that also reads well in a terminal. */
export function rowsToTable(rows: Row[]): string {
  const cells = [HEADER, ...rows.map((row) => [row.label, row.measured, row.budget, verdict(row.ok)])];
  const widths = HEADER.map((_, column) => Math.max(...cells.map((line) => line[column]!.length)));
  const format = (line: string[]) => `| ${line.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [format(cells[0]!), rule, ...cells.slice(1).map(format)].join('\n');
}
