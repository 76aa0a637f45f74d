import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { HOME_COUNTRY } from '../../src/config.ts';
import { OFFICIALS } from '../../src/data/index.ts';

// Japanese names written in Arabic have a shape of their own (syllables such as تسو، شي، كي، ـو/ـي endings: «تاكيشي
// إيوايا», «ماتسوموتو هيساشي»). A naive Bayes model of letter trigrams, learned from the gazetteer's Arabic spellings
// of Japanese and of other officials, tells how likely an unknown name is Japanese.

const ARABIC = /[\u0621-\u064A]/;

/** The letter trigrams of a folded name, each word framed by spaces («^تا», «اكي» …). */
function nameToGrams(name: string): string[] {
  const grams: string[] = [];
  for (const word of normalizeForMatching(name).split(' ')) {
    if (!ARABIC.test(word)) continue;
    const framed = ` ${word} `;
    for (let i = 0; i + 3 <= framed.length; i++) grams.push(framed.slice(i, i + 3));
  }
  return grams;
}

interface Model {
  counts: [Map<string, number>, Map<string, number>];
  totals: [number, number];
  priors: [number, number];
  vocabulary: number;
}

let model: Model | undefined;

/** Learns the model once from every Arabic spelling of the gazetteer (index 0: Japanese, 1: others). */
function learn(): Model {
  const counts: [Map<string, number>, Map<string, number>] = [new Map(), new Map()];
  const totals: [number, number] = [0, 0];
  const names: [number, number] = [0, 0];
  const vocabulary = new Set<string>();
  for (const official of OFFICIALS) {
    const side = official.country === HOME_COUNTRY ? 0 : 1;
    for (const spelling of [official.name, ...official.aliases]) {
      if (!ARABIC.test(spelling) || !spelling.includes(' ')) continue;
      names[side]++;
      for (const gram of nameToGrams(spelling)) {
        counts[side].set(gram, (counts[side].get(gram) ?? 0) + 1);
        totals[side]++;
        vocabulary.add(gram);
      }
    }
  }
  const all = names[0] + names[1] || 1;
  return { counts, totals, priors: [names[0] / all, names[1] / all], vocabulary: vocabulary.size };
}

/** How sure the shape must make a name Japanese (or, at one minus it, not) for the extraction to act on it alone. */
export const JAPANESE_SHAPE_SURE = 0.9;
/**
 * Surer still: no verb or particle of the corpora's pages scores this high («واستقبل» 0.96, «ربط» 0.96), given names do
 * («تاكاشي», «توشيكو», «كاتسويا» above 0.999); where a word before a name is read with no title to vouch for it.
 */
export const JAPANESE_SHAPE_VERY_SURE = 0.995;

/** How likely a name written in Arabic is Japanese, from 0 to 1 (0.5 when it has no Arabic letters). */
export function japaneseNameProbability(name: string): number {
  model ??= learn();
  const grams = nameToGrams(name);
  if (grams.length === 0) return 0.5;
  let logJapanese = Math.log(model.priors[0]);
  let logOther = Math.log(model.priors[1]);
  for (const gram of grams) {
    logJapanese += Math.log(((model.counts[0].get(gram) ?? 0) + 1) / (model.totals[0] + model.vocabulary));
    logOther += Math.log(((model.counts[1].get(gram) ?? 0) + 1) / (model.totals[1] + model.vocabulary));
  }
  return 1 / (1 + Math.exp(logOther - logJapanese));
}
