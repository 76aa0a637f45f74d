import { foldForMatching } from '../../src/arabic/fold.ts';
import { NEWS_AGENCIES } from '../../src/data/index.ts';
import { tokenizeFolded } from './tokenize.ts';
import { buildPhraseIndex, findPhrases } from './phraseIndex.ts';

/** Every name of a national agency → its country, matched on the dateline's words. */
const agencyIndex = buildPhraseIndex(NEWS_AGENCIES.flatMap((agency) => agency.names.map((name) => [name, agency.country] as const)));

/**
 * The country whose national agency a dateline or byline names, when it names exactly one country's
 * («الرياض - واس» → SA, «عكاظ - واس» → SA, «نيودلهي - كونا» → KW); undefined otherwise.
 */
export function datelineToAgencyCountry(dateline: string): string | undefined {
  const countries = new Set(findPhrases(agencyIndex, tokenizeFolded(foldForMatching(dateline))).filter((match) => match.prefix === '').map((match) => match.value));
  return countries.size === 1 ? [...countries][0] : undefined;
}
