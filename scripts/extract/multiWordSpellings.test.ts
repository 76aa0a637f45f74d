import { describe, expect, test } from 'vitest';
import { multiWordSpellings } from './multiWordSpellings.ts';

describe('multiWordSpellings', () => {
  test('folds the name and aliases and keeps those of more than one word, in order', () => {
    expect(multiWordSpellings({ name: 'فوميو كيشيدا', aliases: ['كيشيدا', 'فوميو  كيشيدّا', 'Fumio Kishida'] })).toEqual(['فوميو كيشيدا', 'فوميو كيشيدا', 'fumio kishida']);
  });

  test('gives the same spellings when asked again (read from its memo)', () => {
    const official = { name: 'إيوايا تاكيشي', aliases: ['إيوايا'] };
    expect(multiWordSpellings(official)).toEqual(['ايوايا تاكيشي']);
    expect(multiWordSpellings(official)).toEqual(['ايوايا تاكيشي']);
  });

  test('gives none for a person of one-word names', () => {
    expect(multiWordSpellings({ name: 'موتيجي', aliases: [] })).toEqual([]);
  });
});
