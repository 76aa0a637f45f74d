import { FORMAT_RULES as ruleTable } from '../../src/data/index.ts';
import { buildPhraseIndex, findPhrases } from './phraseIndex.ts';
import type { Sentence } from './sentences.ts';

const rules = ruleTable.rules;

// one index for every keyword phrase; a phrase listed in several groups carries all of them
const keywordIndex = (() => {
  const groupsByPhrase = new Map<string, Set<string>>();
  for (const [group, phrases] of Object.entries(ruleTable.keywords)) {
    for (const phrase of phrases) groupsByPhrase.set(phrase, (groupsByPhrase.get(phrase) ?? new Set()).add(group));
  }
  return buildPhraseIndex([...groupsByPhrase].map(([phrase, groups]) => [phrase, groups] as const));
})();
const order = new Map(rules.map((rule, i) => [rule.format, i] as const));

/** The keyword groups present in a sentence. */
export function sentenceToKeywordGroups(sentence: Sentence): Set<string> {
  const groups = new Set<string>();
  // longest phrase first, no overlap: "نائب وزير الخارجية" is a deputy, not a foreign minister
  for (const match of findPhrases(keywordIndex, sentence.tokens)) for (const group of match.value) groups.add(group);
  return groups;
}

/** Main format and all formats of the event, from keyword rules over the title, lede and body (background and future sentences ignored). */
export function detectFormats(sentences: Sentence[]): { format: string; formats: string[]; warnings: string[] } {
  const scores = new Map<string, number>();
  const supported = new Set<string>();
  const ledeEnd = sentences.find((sentence) => sentence.paragraph >= 0)?.index ?? 1;
  for (const sentence of sentences) {
    if (sentence.background || sentence.future) continue;
    const groups = sentenceToKeywordGroups(sentence);
    if (groups.size === 0) continue;
    const place = sentence.index <= ledeEnd ? 3 : 1;
    const matched = new Map<string, number>();
    for (const rule of rules) {
      if (rule.all.every((group) => groups.has(group)) && !(rule.none ?? []).some((group) => groups.has(group))) {
        matched.set(rule.format, Math.max(matched.get(rule.format) ?? 0, rule.weight * place));
        if (place > 1 || rule.weight >= 1.5) supported.add(rule.format);
      }
    }
    for (const [format, score] of matched) scores.set(format, (scores.get(format) ?? 0) + score);
  }
  for (const format of scores.keys()) if (!supported.has(format)) scores.delete(format);
  // a format another one makes redundant goes, whatever its score (a 2+2 is also a foreign ministers' meeting);
  // of two formats that drop each other (the two 2+2 levels) the higher score stays
  const dropsOf = (format: string) => new Set(rules.filter((rule) => rule.format === format).flatMap((rule) => rule.drops ?? []));
  for (const [format, score] of [...scores]) {
    for (const other of dropsOf(format)) {
      if (!scores.has(other) || !scores.has(format)) continue;
      if (!dropsOf(other).has(format) || score >= scores.get(other)!) scores.delete(other);
    }
  }
  const formats = [...scores.entries()].sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!).map(([format]) => format);
  if (formats.length === 0) return { format: 'other', formats: ['other'], warnings: ['no dialogue format recognised: format set to "other"'] };
  return { format: formats[0]!, formats, warnings: [] };
}
