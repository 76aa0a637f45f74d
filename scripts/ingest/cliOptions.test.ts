import { describe, expect, test } from 'vitest';
import { argsToOptions } from './cliOptions.ts';

const where = { root: '/project', cwd: '/elsewhere', env: {} };

describe('argsToOptions', () => {
  test('returns the project folders and the redirects file by default', () => {
    expect(argsToOptions([], where)).toEqual({
      seeds: 'seeds',
      out: 'content/events',
      seedsPath: '/project/seeds',
      outPath: '/project/content/events',
      check: false,
      cache: true,
      quiet: false,
      redirects: '/project/content/redirects.json',
      report: '/project/.cache/review/report.json',
    });
  });

  test('returns paths the user gives relative to the folder the command was typed in', () => {
    const options = argsToOptions(['--seeds', 'in/', '--out', 'out'], where);
    expect(options).toMatchObject({ seeds: 'in', seedsPath: '/elsewhere/in', outPath: '/elsewhere/out', redirects: undefined });
  });

  test('returns paths relative to INIT_CWD under npm run ingest', () => {
    const options = argsToOptions(['--out', 'out', '--redirects', 'r.json'], { ...where, env: { npm_lifecycle_event: 'ingest', INIT_CWD: '/typed/here' } });
    expect(options).toMatchObject({ outPath: '/typed/here/out', redirects: '/typed/here/r.json' });
  });

  test('returns the flags that are set', () => {
    expect(argsToOptions(['--check', '--no-cache', '--quiet'], where)).toMatchObject({ check: true, cache: false, quiet: true });
  });

  test('returns help for --help', () => {
    expect(argsToOptions(['--help'], where)).toBe('help');
  });

  test('throws for an unknown option or a missing value', () => {
    expect(() => argsToOptions(['--bogus'], where)).toThrow(/bogus/);
    expect(() => argsToOptions(['--seeds'], where)).toThrow(/seeds/);
  });
});
