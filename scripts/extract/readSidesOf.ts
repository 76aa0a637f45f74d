import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { HOME_COUNTRY } from '../../src/config.ts';
import type { PartyClassification } from './classifyParties.ts';
import { detectFormats } from './detectFormats.ts';
import type { markOtherDateSentences } from './extractDate.ts';
import type { findCountries } from './findCountries.ts';
import { findLocation } from './findLocation.ts';
import { officialsOfParties, type findOfficials } from './findOfficials.ts';
import { JAPANESE_SHAPE_SURE, japaneseNameProbability } from './japaneseNameShape.ts';
import { sideLevels } from './sideLevels.ts';
import type { ArticleText } from './types.ts';

/** What the sides tell: their officials (a person of no country the text tells by the shape of the name), levels, format and place. */
export function readSidesOf(sentences: ReturnType<typeof markOtherDateSentences>, countries: ReturnType<typeof findCountries>, people: ReturnType<typeof findOfficials>, article: ArticleText, sides: PartyClassification) {
  const partner = sides.parties.filter((code) => code !== HOME_COUNTRY);
  const warnings = [...sides.warnings];
  // A person whose country the text does not tell: the shape of the name says whether Japanese; else unknown.
  const leftOut: string[] = [];
  const byShape: string[] = [];
  const officials = officialsOfParties(people.officials, sides.parties).flatMap((official) => {
    if (official.country) return [official];
    const japanese = japaneseNameProbability(official.name);
    const country = japanese >= JAPANESE_SHAPE_SURE ? HOME_COUNTRY : japanese <= 1 - JAPANESE_SHAPE_SURE && partner.length === 1 ? partner[0]! : undefined;
    if (!country) {
      leftOut.push(official.name);
      warnings.push(`the country of ${official.name} is not in the text: left out of the officials, to be supplied by an editor`);
      return [];
    }
    byShape.push(official.name);
    warnings.push(`the country of ${official.name} is not in the text: ${country} from the shape of the name, to be confirmed`);
    return [{ ...official, country }];
  });
  const unconfirmed = people.unconfirmed.filter((name) => officials.some((official) => official.name === name));
  const levels = sideLevels(sentences, countries, officials, sides.parties);
  let formats = detectFormats(sentences, levels);
  // folded only when a city is read behind «ب» (rare): the names of the people are many spellings
  let nameWords: Set<string> | undefined;
  const isNameWord = (word: string) => (nameWords ??= new Set(officials.flatMap((official) => [official.name, ...official.aliases].flatMap((name) => normalizeForMatching(name).split(' '))))).has(word);
  const place = findLocation(sentences, { parties: sides.parties, visitDestinations: sides.visitDestinations, format: formats.format, remote: formats.remote, countries, isNameWord, ...(article.dateline ? { dateline: article.dateline } : {}) });
  // a meeting held in one party's country is a visit of the other's: defence ministers' talks there are a visit, not «other»
  if (place.location?.country && sides.parties.includes(place.location.country) && formats.basis !== 'named') {
    const hosted = detectFormats(sentences, levels, place.location.country);
    if (hosted.format !== formats.format) formats = hosted;
  }
  return { sides, officials, leftOut, byShape, unconfirmed, formats, place, warnings };
}
