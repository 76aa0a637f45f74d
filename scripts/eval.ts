/**
 * npm run eval [-- --corpus DIR --holdout --verbose]
 * Runs the real ingest CLI over a labelled corpus (DIR/articles/*.txt, DIR/labels.yml) and scores every field against
 * the labels; prints one table and exits 1 when a field is below its threshold (tests/corpus/thresholds.json).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusLabels } from '../tests/corpus/labelsSchema.ts';
import type { SeedReport } from './ingest/reviewReport.ts';
import { scoreSeed, type SeedScore } from './eval/scoreSeed.ts';
import { rowMeets, rowsToTable, scoresToRows } from './eval/scoresToTable.ts';
import { mdxToPlainText } from './eval/mdxToPlainText.ts';
import { yamlToData } from '../src/utils/yaml.ts';

const root = resolve(import.meta.dirname, '..');

const USAGE = `npm run eval [-- --corpus DIR | --holdout] [--verbose]
  --corpus DIR   a labelled corpus: DIR/articles/*.txt and DIR/labels.yml (default tests/corpus, held to its thresholds)
  --holdout      the held-out corpus, tests/corpus/holdout (scored, no thresholds)
  --verbose      every article's misses before the table`;

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: { corpus: { type: 'string' }, holdout: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
    }));
  } catch (error) {
    console.error(`eval: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const corpus = resolve(process.env.INIT_CWD ?? process.cwd(), values.corpus ?? join(root, values.holdout ? 'tests/corpus/holdout' : 'tests/corpus'));
  const parsed = corpusLabels.safeParse(yamlToData(readFileSync(join(corpus, 'labels.yml'), 'utf8')));
  if (!parsed.success) {
    console.error(`${join(corpus, 'labels.yml')}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    return 2;
  }
  const labels = parsed.data;
  const work = mkdtempSync(join(tmpdir(), 'eval-'));
  try {
    const out = join(work, 'events');
    const reportFile = join(work, 'report.json');
    // The real command an editor runs, on the corpus folder.
    const run = spawnSync(process.execPath, [join(root, 'scripts/ingest.ts'), '--seeds', join(corpus, 'articles'), '--out', out, '--report', reportFile, '--no-cache', '--quiet'], { encoding: 'utf8' });
    const reports = new Map((JSON.parse(readFileSync(reportFile, 'utf8')) as SeedReport[]).map((report) => [report.seed, report]));
    const scores: SeedScore[] = [];
    for (const label of labels) {
      const report = reports.get(label.file);
      if (!report) throw new Error(`${label.file}: labelled but not in the ingest's report (ingest said: ${run.stderr.slice(0, 500)})`);
      const kept = report.event ? mdxToPlainText(readFileSync(join(out, `${report.event}.mdx`), 'utf8')) : `${report.fields.title}\n${report.text ?? ''}`;
      scores.push(scoreSeed(label, report, kept));
    }
    const thresholds = JSON.parse(readFileSync(join(root, 'tests/corpus/thresholds.json'), 'utf8')) as Record<string, number>;
    const rows = scoresToRows(scores);
    if (values.verbose) for (const score of scores) printScore(score);
    console.log(`eval: ${labels.length} articles of ${corpus.replace(`${root}/`, '')}\n`);
    console.log(rowsToTable(rows, values.holdout || values.corpus ? {} : thresholds));
    if (values.holdout || values.corpus) return 0;
    const failing = rows.filter((row) => rowMeets(row, thresholds[row.key]) === false);
    if (failing.length) console.error(`\neval: below the threshold for ${failing.map((row) => row.key).join(', ')}`);
    return failing.length ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function printScore(score: SeedScore): void {
  const problems: string[] = [];
  if (!score.title) problems.push(`headline (got «${score.got.title.slice(0, 60)}»)`);
  if (score.date !== 'right' && score.date !== 'refusedRight') problems.push(`date ${score.date} (got ${score.got.date ?? 'none'})`);
  if (!score.parties) problems.push(`parties (got ${score.got.parties.join(',')})`);
  if (!score.mentions) problems.push(`mentions (got ${score.got.mentions.join(',')})`);
  if (!score.format) problems.push(`format (got ${score.got.format})`);
  if (!score.location) problems.push(`place (got ${score.got.location})`);
  if (score.officials.missing.length) problems.push(`officials missing: ${score.officials.missing.join('، ')}`);
  if (score.officials.wrong.length) problems.push(`officials wrong: ${score.officials.wrong.join('، ')}`);
  if (score.officials.countryRight < score.officials.countryChecked) problems.push(`official country wrong ×${score.officials.countryChecked - score.officials.countryRight}`);
  if (score.clutter.left.length) problems.push(`clutter left: ${score.clutter.left.map((line) => `«${line.slice(0, 40)}»`).join(' ')}`);
  if (score.review.wrongUnflagged.length) problems.push(`wrong and not flagged: ${score.review.wrongUnflagged.join(', ')}`);
  if (score.keep.lost.length) problems.push(`article lost: ${score.keep.lost.map((line) => `«${line.slice(0, 40)}»`).join(' ')}`);
  if (problems.length) console.log(`${score.file}\n  ${problems.join('\n  ')}`);
}

process.exitCode = main();
