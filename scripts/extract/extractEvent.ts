import { agencyHomeAsPartner } from './agencyHomeAsPartner.ts';
import { classifyParties, type PartyClassification } from './classifyParties.ts';
import { dayOutsideTerms } from './dayOutsideTerms.ts';
import { extractDate, markOtherDateSentences, otherTimeAsides, sentencesOfOtherTimes } from './extractDate.ts';
import { findCountries, ledeDatelineOf } from './findCountries.ts';
import { findOfficials } from './findOfficials.ts';
import { officialsNamedLate } from './officialsNamedLate.ts';
import { placeAsPartner } from './placeAsPartner.ts';
import { readSidesOf } from './readSidesOf.ts';
import { readingsToConfidence } from './fieldConfidence.ts';
import { articleToSentences } from './sentences.ts';
import type { ArticleText, Extraction } from './types.ts';

export type { ArticleText, Extraction } from './types.ts';

/** Reads a cleaned article and says what happened: date, parties and mentions, formats, place and officials. */
export function extractEvent(article: ArticleText): Extraction {
  const read = articleToSentences(article);
  let dates = extractDate(read, article.publishedAt, article.dateline);
  const sentences = markOtherDateSentences(read, dates);
  const countries = findCountries(sentences);
  // (a refused date still tells other times when the event was told by a day near the report: «في مايو الماضي»)
  let people = dates.review ? findOfficials(sentences, countries, undefined, sentencesOfOtherTimes(dates, sentences), otherTimeAsides(dates)) : findOfficials(sentences, countries, dates.date?.date, sentencesOfOtherTimes(dates, sentences), otherTimeAsides(dates));
  // a day when none of the known people held office is no day of theirs: a banner's date read for the story's
  if (!dates.review && dates.date?.precision === 'day' && dayOutsideTerms([...people.officials, ...people.mourned.map((id) => ({ id }))], dates.date.date)) {
    const why = `none of the officials the gazetteer knows was in office on ${dates.date.date}`;
    dates = { ...dates, review: why, warnings: [...dates.warnings, `needs review: ${why}`] };
    people = findOfficials(sentences, countries);
  }
  // the dateline above the lede, or the one that opens it («طوكيو (سونا) - التقى …»)
  const agencySides = agencyHomeAsPartner(classifyParties(sentences, countries, people.officials), article.dateline ?? ledeDatelineOf(sentences));
  const readSides = (sides: PartyClassification) => readSidesOf(sentences, countries, people, article, sides);
  let reading = readSides(agencySides);
  // no partner named at all: the country the meeting was held in, abroad, for an editor to confirm
  const placeSides = placeAsPartner(agencySides, reading.place.location?.country);
  if (placeSides !== agencySides) reading = readSides(placeSides);
  const { sides, officials, leftOut, byShape, formats, place } = reading;
  const warnings = [...dates.warnings, ...reading.warnings];
  warnings.push(...formats.warnings, ...place.warnings);
  const unconfirmed = reading.unconfirmed;
  if (unconfirmed.length) warnings.push(`officials not in the gazetteer, to be confirmed: ${unconfirmed.join('، ')}`);
  const extraction: Extraction = {
    confidence: readingsToConfidence({ dates, sides, formats, place, officials: { listed: officials.length, leftOut, byShape, unconfirmed, namedLate: people.visitSeries ? [] : officialsNamedLate(sentences, officials) } }),
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
