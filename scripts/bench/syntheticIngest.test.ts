import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { yamlToData } from '../../src/utils/yaml.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { loadSeedPools, writeSyntheticSeeds } from './corpus.ts';

const root = path.resolve(import.meta.dirname, '../..');
const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

describe('writeSyntheticSeeds through the real ingest', () => {
  test('returns 50 seeds that all become valid events without a sidecar, with the date and partner the generator wrote', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'synthetic-ingest-'));
    const seeds = path.join(work, 'seeds');
    const out = path.join(work, 'events');
    const facts = writeSyntheticSeeds(await loadSeedPools(root), { count: 50, seed: 7, out: seeds });
    // The CLI exits 1 when any seed fails, which makes execFileSync throw with the ingest's report.
    execFileSync(process.execPath, ['scripts/ingest.ts', '--seeds', seeds, '--out', out, '--no-cache', '--quiet'], { cwd: root, encoding: 'utf8' });
    const events = fs.readdirSync(out).filter((name) => name.endsWith('.mdx'));
    const seedNames = new Set<string>();
    for (const name of events) {
      const data = eventSchema.parse(yamlToData(FRONTMATTER.exec(fs.readFileSync(path.join(out, name), 'utf8'))![1]!));
      const seedName = typeof data.seed === 'string' ? data.seed : data.seed[0]!;
      const fact = facts.get(seedName)!;
      expect(data.date, seedName).toBe(fact.date);
      expect(data.parties, seedName).toContain(fact.partner);
      expect(data.dateSource).toBe('text');
      for (const seed of [data.seed].flat()) seedNames.add(seed);
    }
    expect(seedNames.size).toBe(50);
  }, 60_000);
});
