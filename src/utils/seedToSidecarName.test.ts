import { describe, expect, test } from 'vitest';
import { seedNameToSidecarName } from '../../scripts/ingest/seedNameToSidecarName.ts';
import { seedToSidecarName } from './seedToSidecarName.ts';

// The site does not import the ingest's code (copies of the site for builds leave scripts/ out): this keeps the two equal.
describe('seedToSidecarName', () => {
  test('names the sidecar the ingest reads for a seed', () => {
    for (const seed of ['004_8139462e61c2c95d.txt', 'a.TXT', 'خبر.v2.txt']) expect(seedToSidecarName(seed)).toBe(seedNameToSidecarName(seed));
    expect(seedToSidecarName('004_8139462e61c2c95d.txt')).toBe('004_8139462e61c2c95d.editorial.yml');
  });
});
