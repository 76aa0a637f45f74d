import { CONFIDENCE } from '../../src/data/index.ts';
import { HOME_COUNTRY } from '../../src/config.ts';
import { CONFIDENCE_FIELDS, type Confidence, type ConfidenceField, type FieldConfidence } from '../../src/schemas/confidence.ts';
import type { PartyClassification } from './classifyParties.ts';
import type { FormatsFound } from './detectFormats.ts';
import type { DateExtraction } from './extractDate.ts';
import type { LocationFound } from './findLocation.ts';

/** A field's confidence from the reason it has its value (a key of src/data/confidence.json), with what the reason is about. */
export function reasonToConfidence(reason: string, detail?: string): FieldConfidence {
  const entry = CONFIDENCE.reasons[reason];
  if (!entry) throw new Error(`src/data/confidence.json has no reason "${reason}"`);
  return detail ? { score: entry.score, reason, detail } : { score: entry.score, reason };
}

/** Whether a field is left for an editor rather than stated as fact. */
export function needsReview(confidence: FieldConfidence): boolean {
  return confidence.score < CONFIDENCE.thresholds.review;
}

/** The fields of an event to be reviewed, in the order of CONFIDENCE_FIELDS. */
export function confidenceToReviewFields(confidence: Confidence): ConfidenceField[] {
  return CONFIDENCE_FIELDS.filter((field) => needsReview(confidence[field]));
}

/** "0.40 only the country visited: the city is to be supplied (اليابان)": the CLI's and the report's words. */
export function confidenceToText(confidence: FieldConfidence): string {
  const why = CONFIDENCE.reasons[confidence.reason]?.en ?? confidence.reason;
  return `${confidence.score.toFixed(2)} ${why}${confidence.detail ? ` (${confidence.detail})` : ''}`;
}

/** Of two readings of a field (two articles of one event), the surer. */
export function surerConfidence(a: FieldConfidence, b: FieldConfidence): FieldConfidence {
  return b.score > a.score ? b : a;
}

/** What the stages read, as far as confidence needs it. */
export interface Readings {
  dates: Pick<DateExtraction, 'date' | 'partialDate' | 'review' | 'basis'>;
  sides: Pick<PartyClassification, 'parties' | 'basis'>;
  formats: Pick<FormatsFound, 'format' | 'basis'>;
  place: Pick<LocationFound, 'location' | 'basis'>;
  /** How many people are listed; who was left out or placed by the shape of the name; who is not in the gazetteer. */
  officials: { listed: number; leftOut: string[]; byShape: string[]; unconfirmed: string[]; namedLate?: string[] };
}

const DATE_REASONS = { written: 'dateWritten', writtenLater: 'dateWrittenLater', yearFromPublication: 'dateYearFromPublication', relative: 'dateRelative' } as const;
const PARTY_REASONS = { clear: 'partiesClear', inferred: 'partiesInferred', agency: 'partiesAgency', place: 'partiesPlace', several: 'partiesSeveral', none: 'partiesNone' } as const;
const FORMAT_REASONS = { named: 'formatNamed', levels: 'formatLevels', deputies: 'formatDeputies', received: 'formatDeputyReceived', portfolios: 'formatPortfolios', convention: 'formatConvention', juniorHost: 'formatJuniorHost', keywords: 'formatKeywords', contradicted: 'formatContradicted', hosted: 'formatHosted', none: 'formatNone' } as const;
const PLACE_REASONS = {
  call: 'locationCall',
  told: 'locationTold',
  unknownTown: 'locationUnknownTown',
  dateline: 'locationDateline',
  datelineElsewhere: 'locationDatelineElsewhere',
  capital: 'locationCapital',
  countryOnly: 'locationCountryOnly',
  none: 'locationNone',
} as const;

/** The confidence of every field, from how each stage read it; for officials, the weakest reading of any person decides. */
export function readingsToConfidence({ dates, sides, formats, place, officials }: Readings): Confidence {
  const partner = sides.parties.filter((code) => code !== HOME_COUNTRY).join(', ');
  return {
    title: reasonToConfidence('titleFromPage'),
    summary: reasonToConfidence('summaryFromLede'),
    date: dates.review
      ? reasonToConfidence('dateContradiction', dates.review)
      : dates.date
        ? reasonToConfidence(DATE_REASONS[dates.basis ?? 'written'], dates.date.date)
        : reasonToConfidence(dates.partialDate ? 'datePartial' : 'dateNone'),
    parties: reasonToConfidence(PARTY_REASONS[sides.basis], partner || undefined),
    mentions: reasonToConfidence('mentionsRead'),
    format: reasonToConfidence(FORMAT_REASONS[formats.basis], formats.format),
    location: reasonToConfidence(PLACE_REASONS[place.basis], [place.location?.city, place.location?.country].filter(Boolean).join(', ') || undefined),
    officials: officials.leftOut.length
      ? reasonToConfidence('officialsLeftOut', officials.leftOut.join('، '))
      : officials.unconfirmed.length
        ? reasonToConfidence('officialsUnconfirmed', officials.unconfirmed.join('، '))
        : officials.namedLate?.length
          ? reasonToConfidence('officialsNamedLate', officials.namedLate.join('، '))
          : officials.byShape.length
            ? reasonToConfidence('officialsNameShape', officials.byShape.join('، '))
            : reasonToConfidence(officials.listed ? 'officialsKnown' : 'officialsNone'),
  };
}
