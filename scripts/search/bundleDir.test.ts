import { describe, expect, test } from 'vitest';
import { pagefindConfigToBundleDir } from './bundleDir.ts';

describe('pagefindConfigToBundleDir', () => {
  test.each([
    [{ site: 'dist' }, 'dist/pagefind'],
    [{ site: 'dist', output_subdir: '_search' }, 'dist/_search'],
    [{ site: 'dist', output_subdir: '_search', output_path: 'public/search' }, 'public/search'],
  ])('%j → %s', (config, dir) => expect(pagefindConfigToBundleDir(config)).toBe(dir));

  test('a configuration without a site folder is an error', () => {
    expect(() => pagefindConfigToBundleDir({ site: '' })).toThrow(/pagefind\.yml: no "site" folder/);
  });
});
