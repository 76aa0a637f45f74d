import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { yamlToData } from '../../src/utils/yaml.ts';
import { corpusLabels } from './labelsSchema.ts';

const labels = corpusLabels.parse(yamlToData(readFileSync(new URL('./labels.yml', import.meta.url), 'utf8')));
const first = labels[0]!;

describe('corpus labels', () => {
  test('the development labels parse', () => {
    expect(labels.length).toBeGreaterThan(600);
  });
  // pairs16's pair-70: a rule of tatweel folds to nothing, and "was found" in every event
  test.each(['ــــــــــــــــــــــــ', '-----', '* * *', '   '])('a clutter or keep string of rules and marks alone is refused: «%s»', (line) => {
    expect(corpusLabels.safeParse([{ ...first, clutter: [line] }]).success).toBe(false);
    expect(corpusLabels.safeParse([{ ...first, keep: [line] }]).success).toBe(false);
  });
  test.each(['اقرأ أيضاً:', '2026', 'A+ A-'])('a string with a letter or digit is kept: «%s»', (line) => {
    expect(corpusLabels.safeParse([{ ...first, clutter: [line] }]).success).toBe(true);
  });
});
