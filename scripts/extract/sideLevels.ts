import type { RoleLevel } from '../../src/data/index.ts';
import type { Official } from '../../src/schemas/event.ts';
import type { CountryOccurrence } from './findCountries.ts';
import { findPhrases } from './phraseIndex.ts';
import { DELEGATION_HEAD_ROLE, titleIndex } from './readPersonName.ts';
import { roleToLevel } from './roleToLevel.ts';
import { ledeParagraphOf, type Sentence } from './sentences.ts';

/** How many words after a title its country may stand («رئيس الوزراء الياباني», «وزير خارجية اليابان»). */
const COUNTRY_REACH = 2;

/**
 * The levels of office each party met at: from the officials who took part (their roles on the day) and from titles
 * with a country in the sentences that tell the meeting («استقبل الرئيس السيسي رئيس وزراء اليابان»), so that a meeting
 * of two leaders is known even when a name is not. «نظيره الهندي» takes the level of the title met before it.
 */
export function sideLevels(sentences: readonly Sentence[], countries: readonly CountryOccurrence[], officials: readonly Official[], parties: readonly string[]): Map<string, Set<RoleLevel>> {
  const levels = new Map<string, Set<RoleLevel>>();
  const add = (country: string, level: RoleLevel | undefined) => {
    if (!level || !parties.includes(country)) return;
    levels.set(country, (levels.get(country) ?? new Set()).add(level));
  };
  for (const official of officials) add(official.country, roleToLevel(official.role));
  const ledeParagraph = ledeParagraphOf(sentences);
  for (const sentence of sentences) {
    if (sentence.background || sentence.future || sentence.paragraph > ledeParagraph + 1 || !(sentence.meeting || sentence.index === 0)) continue;
    const inSentence = countries.filter((country) => country.sentence === sentence.index);
    let lastLevel: RoleLevel | undefined;
    for (const title of findPhrases(titleIndex, sentence.tokens)) {
      const counterpart = /^(ون|ن|ل)ظير/.test(sentence.tokens[title.start]!.norm);
      const level = counterpart ? lastLevel : title.value === DELEGATION_HEAD_ROLE ? undefined : roleToLevel(title.value);
      if (!counterpart) lastLevel = level ?? lastLevel;
      const country = inSentence.find((occurrence) => occurrence.start >= title.end && occurrence.start <= title.end + COUNTRY_REACH - 1);
      if (country) add(country.code, level);
    }
  }
  return levels;
}
