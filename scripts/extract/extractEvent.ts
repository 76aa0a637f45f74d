import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { HOME_COUNTRY } from '../../src/config.ts';
import { agencyHomeAsPartner } from './agencyHomeAsPartner.ts';
import { classifyParties, type PartyClassification } from './classifyParties.ts';
import { dayOutsideTerms } from './dayOutsideTerms.ts';
import { detectFormats } from './detectFormats.ts';
import { sideLevels } from './sideLevels.ts';
import { extractDate, markOtherDateSentences, otherTimeAsides, sentencesOfOtherTimes } from './extractDate.ts';
import { findCountries, ledeDatelineOf } from './findCountries.ts';
import { findLocation } from './findLocation.ts';
import { findOfficials, officialsOfParties } from './findOfficials.ts';
import { officialsNamedLate } from './officialsNamedLate.ts';
import { placeAsPartner } from './placeAsPartner.ts';
import { readingsToConfidence } from './fieldConfidence.ts';
import { JAPANESE_SHAPE_SURE, japaneseNameProbability } from './japaneseNameShape.ts';
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
  if (!dates.review && dates.date?.precision === 'day' && dayOutsideTerms(people.officials, dates.date.date)) {
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

/** What the sides tell: their officials (a person of no country the text tells by the shape of the name), levels, format and place. */
function readSidesOf(sentences: ReturnType<typeof markOtherDateSentences>, countries: ReturnType<typeof findCountries>, people: ReturnType<typeof findOfficials>, article: ArticleText, sides: PartyClassification) {
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
