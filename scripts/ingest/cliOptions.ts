import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** The review report of the project's own seeds, relative to the project root (read by src/pages/review). */
export const REVIEW_REPORT = '.cache/review/report.json';

/** What `npm run ingest -- --help` prints. */
export const HELP = `Usage: npm run ingest -- [options]

Reads every <seeds>/*.txt (and its optional <name>.editorial.yml sidecar), writes one <out>/<id>.mdx per event,
prints a report, and exits 1 listing every seed that could not be turned into an event.

Options:
  --seeds DIR        folder of seed articles (default: seeds)
  --out DIR          folder of event files (default: content/events)
  --check            write nothing; exit 1 listing missing, stale and extra files if <out> differs from what the seeds give
  --redirects FILE   where old → new event ids are recorded (default: content/redirects.json when --out is the default;
                     the site reads redirects.json beside the events folder)
  --report FILE      where the review report goes: every seed, its fields as read and what needs review (JSON; default:
                     .cache/review/report.json when --out is the default, which the site's /review/ page shows)
  --no-cache         do not read or write the per-seed cache (.cache/ingest/)
  --quiet            print only errors and a one-line summary
  --help             show this help`;

/** What one run of the ingest is asked to do. */
export interface IngestOptions {
  /** The seeds folder as the user wrote it, for messages. */
  seeds: string;
  /** The events folder as the user wrote it, for messages. */
  out: string;
  /** The seeds folder's absolute path. */
  seedsPath: string;
  /** The events folder's absolute path. */
  outPath: string;
  /** Compare instead of writing. */
  check: boolean;
  /** Read and write the per-seed cache. */
  cache: boolean;
  /** Print only errors and the summary. */
  quiet: boolean;
  /** Where old → new ids are recorded; undefined for an events folder other than the project's. */
  redirects: string | undefined;
  /** Where the review report is written; undefined for an events folder other than the project's unless asked. */
  report: string | undefined;
}

/**
 * The command line as options, or 'help'. Paths the user gives are relative to the folder the command was typed in
 * (INIT_CWD under `npm run ingest`, which moves to the project root); defaults are relative to `root`. Throws on an
 * unknown option or a missing value.
 */
export function argsToOptions(argv: string[], where: { root: string; cwd: string; env: Record<string, string | undefined> }): IngestOptions | 'help' {
  const { root, cwd, env } = where;
  const { values } = parseArgs({
    args: argv,
    options: {
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'content/events' },
      check: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      redirects: { type: 'string' },
      report: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return 'help';
  // Under `npm run ingest`, npm moves to the project root; INIT_CWD is where the user typed the command.
  const userDir = env.npm_lifecycle_event === 'ingest' && env.INIT_CWD ? env.INIT_CWD : cwd;
  const seeds = values.seeds.replace(/\/+$/, '') || '.';
  const out = values.out.replace(/\/+$/, '') || '.';
  const outPath = argv.some((arg) => arg === '--out' || arg.startsWith('--out=')) ? resolve(userDir, out) : join(root, 'content/events');
  const defaultOut = outPath === join(root, 'content/events');
  return {
    seeds,
    out,
    seedsPath: argv.some((arg) => arg === '--seeds' || arg.startsWith('--seeds=')) ? resolve(userDir, seeds) : join(root, 'seeds'),
    outPath,
    check: values.check,
    cache: !values['no-cache'],
    quiet: values.quiet,
    redirects: values.redirects !== undefined ? resolve(userDir, values.redirects) : defaultOut ? join(root, 'content/redirects.json') : undefined,
    report: values.report !== undefined ? resolve(userDir, values.report) : defaultOut ? join(root, REVIEW_REPORT) : undefined,
  };
}
