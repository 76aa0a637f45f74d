import { HOME_COUNTRY } from '../../src/config.ts';
import { classifyParties } from './classifyParties.ts';
import { detectFormats } from './detectFormats.ts';
import { sideLevels } from './sideLevels.ts';
import { extractDate, markOtherDateSentences } from './extractDate.ts';
import { findCountries } from './findCountries.ts';
import { findLocation } from './findLocation.ts';
import { findOfficials, officialsOfParties } from './findOfficials.ts';
import { articleToSentences } from './sentences.ts';
import type { ArticleText, Extraction } from './types.ts';

export type { ArticleText, Extraction } from './types.ts';

/** Reads a cleaned article and says what happened: date, parties and mentions, formats, place and officials. */
export function extractEvent(article: ArticleText): Extraction {
  const read = articleToSentences(article);
  const dates = extractDate(read, article.publishedAt);
  const sentences = markOtherDateSentences(read, dates);
  const countries = findCountries(sentences);
  const people = findOfficials(sentences, countries, dates.review ? undefined : dates.date?.date);
  const sides = classifyParties(sentences, countries, people.officials);
  const partner = sides.parties.filter((code) => code !== HOME_COUNTRY);
  const warnings = [...dates.warnings, ...sides.warnings];
  const officials = officialsOfParties(people.officials, sides.parties).map((official) => {
    if (official.country) return official;
    const country = partner.length === 1 ? partner[0]! : HOME_COUNTRY;
    warnings.push(`the country of ${official.name} is not in the text: set to ${country}, to be checked`);
    return { ...official, country };
  });
  const unconfirmed = people.unconfirmed.filter((name) => officials.some((official) => official.name === name));
  const formats = detectFormats(sentences, sideLevels(sentences, countries, officials, sides.parties));
  const place = findLocation(sentences, { parties: sides.parties, visitDestinations: sides.visitDestinations, format: formats.format, countries });
  warnings.push(...formats.warnings, ...place.warnings);
  if (unconfirmed.length) warnings.push(`officials not in the gazetteer, to be confirmed: ${unconfirmed.join('، ')}`);
  const extraction: Extraction = {
    parties: sides.parties,
    mentions: sides.mentions,
    format: formats.format,
    formats: formats.formats,
    officials,
    unconfirmedOfficials: unconfirmed,
    warnings,
  };
  if (dates.date && !dates.review) extraction.date = dates.date;
  if (dates.review) extraction.dateReview = dates.review;
  if (dates.partialDate) extraction.partialDate = dates.partialDate;
  if (place.location) extraction.location = place.location;
  return extraction;
}
