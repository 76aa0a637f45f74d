import type { PhraseMatch } from './phraseIndex.ts';
import type { Sentence } from './sentences.ts';

/**
 * A short spelling of one person («بدر البوسعيدي», Badr bin Hamad's) that shortens the longer name the article gives
 * another person of the gazetteer («بدر بن سعود بن حارب البوسعيدي»: the same given name first, family name last, the
 * words in order) names that other person, unless the article names its own person in full before: the headline
 * shortens the lede's name.
 */
export function shortNamesOfFullNames(sentences: readonly Sentence[], matchesOf: readonly (readonly PhraseMatch<readonly string[]>[])[]): readonly (readonly PhraseMatch<readonly string[]>[])[] {
  const wordsOf = (sentence: Sentence, match: PhraseMatch<readonly string[]>) => sentence.tokens.slice(match.start, match.end).map((token, k) => (k === 0 ? token.norm.slice(match.prefix.length) : token.norm));
  const full = matchesOf.flatMap((matches, position) => matches.filter((match) => match.value.length === 1 && match.end - match.start >= 3).map((match) => ({ id: match.value[0]!, words: wordsOf(sentences[position]!, match) })));
  // the short name's words, in order, among the long one's, with the same given name first and family name last
  const shortens = (short: readonly string[], long: readonly string[]) => short.length < long.length && short[0] === long[0] && short.at(-1) === long.at(-1) && short.every((word, k) => k === 0 || long.indexOf(word) > long.indexOf(short[k - 1]!));
  if (full.length === 0) return matchesOf;
  return matchesOf.map((matches, position) =>
    matches.map((match) => {
      if (match.value.length !== 1 || match.end - match.start < 2) return match;
      const words = wordsOf(sentences[position]!, match);
      // (of its own person's full name and another's, the one the article gives first)
      const first = full.find((other) => other.id === match.value[0] || shortens(words, other.words));
      return first && first.id !== match.value[0] ? { ...match, value: [first.id] } : match;
    }),
  );
}

