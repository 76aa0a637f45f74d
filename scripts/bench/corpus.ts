import fs from 'node:fs';
import path from 'node:path';
import { loadGeneratorTables, loadPartners } from './gazetteers.ts';
import { seedTextsToParagraphPools } from './paragraphPools.ts';
import { seedToRng } from './prng.ts';
import { poolsToSyntheticSeed, type SeedFacts, type SeedPools } from './seedText.ts';

/** Folders the generator must never write into: they hold the real corpus. */
export function isProtectedFolder(root: string, out: string): boolean {
  const target = path.resolve(out);
  return ['seeds', 'content'].some((name) => {
    const protectedDir = path.resolve(root, name);
    return target === protectedDir || target.startsWith(protectedDir + path.sep);
  });
}

/** Reads the real seeds and the gazetteers into the pools synthetic seeds are recombined from. */
export async function loadSeedPools(root: string): Promise<SeedPools> {
  const seedsDir = path.join(root, 'seeds');
  const texts = fs
    .readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => fs.readFileSync(path.join(seedsDir, name), 'utf8'));
  const tables = await loadGeneratorTables(root);
  const { paragraphs, mentioning, unrelated } = seedTextsToParagraphPools(texts, tables.monthSets);
  if (paragraphs.length === 0) throw new Error(`${seedsDir}: no date-free paragraph to recombine`);
  return { paragraphs, mentioning, unrelated, partners: await loadPartners(root), ...tables };
}

/** Writes `count` synthetic seeds into `out` (created, must be empty of .txt files) and returns what each one says. */
export function writeSyntheticSeeds(pools: SeedPools, options: { count: number; seed: number; out: string }): Map<string, SeedFacts> {
  fs.mkdirSync(options.out, { recursive: true });
  if (fs.readdirSync(options.out).some((name) => name.endsWith('.txt'))) {
    throw new Error(`${options.out}: already holds .txt files; give an empty folder`);
  }
  const rng = seedToRng(options.seed);
  const facts = new Map<string, SeedFacts>();
  for (let index = 0; index < options.count; index++) {
    const seed = poolsToSyntheticSeed(pools, rng, index);
    fs.writeFileSync(path.join(options.out, seed.fileName), seed.text);
    facts.set(seed.fileName, seed.facts);
  }
  return facts;
}
