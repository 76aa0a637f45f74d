/**
 * The one way into the data folder: every gazetteer and rule table, checked against its schema when loaded, so a
 * typo in a table is an error naming the file and the field, not a silent miss. The ingest, the extraction, the site
 * and the benchmark all read the tables from here.
 */
import type { z } from 'astro/zod';
import arabicDates from './arabicDates.json' with { type: 'json' };
import boilerplate from './boilerplate.json' with { type: 'json' };
import cities from './cities.json' with { type: 'json' };
import clutter from './clutter.json' with { type: 'json' };
import confidence from './confidence.json' with { type: 'json' };
import commonWords from './commonWords.json' with { type: 'json' };
import countries from './countries.json' with { type: 'json' };
import countryBlockers from './countryBlockers.json' with { type: 'json' };
import eventCues from './eventCues.json' with { type: 'json' };
import formatRules from './formatRules.json' with { type: 'json' };
import formats from './formats.json' with { type: 'json' };
import newsAgencies from './newsAgencies.json' with { type: 'json' };
import officials from './officials.json' with { type: 'json' };
import partyCues from './partyCues.json' with { type: 'json' };
import placeWords from './placeWords.json' with { type: 'json' };
import roleLevels from './roleLevels.json' with { type: 'json' };
import timeMarkers from './timeMarkers.json' with { type: 'json' };
import titles from './titles.json' with { type: 'json' };
import transliteration from './transliteration.json' with { type: 'json' };
import { boilerplateTable } from '../schemas/tables/boilerplate.ts';
import { citiesTable } from '../schemas/tables/cities.ts';
import { clutterTable } from '../schemas/tables/clutter.ts';
import { confidenceTable } from '../schemas/tables/confidence.ts';
import { countriesTable } from '../schemas/tables/countries.ts';
import { dateWordsTable } from '../schemas/tables/dateWords.ts';
import { eventCuesTable } from '../schemas/tables/eventCues.ts';
import { formatRulesTable } from '../schemas/tables/formatRules.ts';
import { formatsTable } from '../schemas/tables/formats.ts';
import { newsAgenciesTable } from '../schemas/tables/newsAgencies.ts';
import { officialsTable } from '../schemas/tables/officials.ts';
import { roleLevelsTable } from '../schemas/tables/roleLevels.ts';
import { commonWordsTable, countryBlockersTable, partyCuesTable, placeWordsTable, timeMarkersTable, titlesTable, transliterationTable } from '../schemas/tables/wordLists.ts';

export type { ConfidenceField } from '../schemas/tables/confidence.ts';
export type { CityEntry, VenueEntry } from '../schemas/tables/cities.ts';
export type { FormatEntry } from '../schemas/tables/formats.ts';
export type { GazetteerOfficial } from '../schemas/tables/officials.ts';
export type { RoleLevel } from '../schemas/tables/roleLevels.ts';

/** Parses one table, or throws an error that names its file and every field that is wrong. */
export function tableToData<T extends z.ZodType>(file: string, schema: T, table: unknown): z.infer<T> {
  const result = schema.safeParse(table);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  throw new Error(`src/data/${file} does not match its schema:\n${problems.join('\n')}`);
}

/** The dialogue formats of SPEC §3.3, in the order pages list them. */
export const FORMATS = tableToData('formats.json', formatsTable, formats);
/** The officials gazetteer. */
export const OFFICIALS = tableToData('officials.json', officialsTable, officials);
const cityTable = tableToData('cities.json', citiesTable, cities);
/** Cities where events take place. */
export const CITIES = cityTable.cities;
/** Seats of government and palaces, each standing for its city («في البيت الأبيض»). */
export const VENUES = cityTable.venues;
/** What the data adds to Intl.DisplayNames for countries. */
export const COUNTRY_DATA = tableToData('countries.json', countriesTable, countries);
/** Month, weekday, ordinal and relative-day words. */
export const DATE_WORDS = tableToData('arabicDates.json', dateWordsTable, arabicDates);
/** Keyword groups and the rules that turn them into formats. */
export const FORMAT_RULES = tableToData('formatRules.json', formatRulesTable, formatRules);
/** Known site clutter: the boilerplate stage's fast path. */
export const CLUTTER = tableToData('clutter.json', clutterTable, clutter);
/** What page furniture is made of: the boilerplate stage's vocabulary. */
export const BOILERPLATE = tableToData('boilerplate.json', boilerplateTable, boilerplate);
/** Common words of diplomatic news, never part of an unknown name. */
export const COMMON_WORDS = tableToData('commonWords.json', commonWordsTable, commonWords).words;
/** Phrases that hold a country's name without naming the country. */
export const COUNTRY_BLOCKERS = tableToData('countryBlockers.json', countryBlockersTable, countryBlockers).phrases;
/** Words that tell visits, delegations, sides and multilateral settings. */
export const PARTY_CUES = tableToData('partyCues.json', partyCuesTable, partyCues);
/** Words around the name of a place: what makes a city the meeting's, introduces an unknown town, or makes a capital a place. */
export const PLACE_WORDS = tableToData('placeWords.json', placeWordsTable, placeWords);
/** Words that tell the meeting itself, and frames that say a person named was not there. */
export const EVENT_CUES = tableToData('eventCues.json', eventCuesTable, eventCues);
/** Words that place a sentence before or after the event. */
export const TIME_MARKERS = tableToData('timeMarkers.json', timeMarkersTable, timeMarkers);
/** How an office's title gives its level (leader, foreign minister, deputy …). */
const roleLevelsData = tableToData('roleLevels.json', roleLevelsTable, roleLevels);
export const ROLE_LEVEL_RULES = roleLevelsData.rules;
/** Words naming both parties' leaders together («الزعيمان»). */
export const BOTH_LEADERS_WORDS = roleLevelsData.bothLeaders;
export const HOME_ROYAL_TITLES = roleLevelsData.homeRoyals;
/** Titles that introduce names, and the words around names. */
export const TITLES = tableToData('titles.json', titlesTable, titles);
/** National news agencies, by the names datelines give them, and the countries they serve. */
export const NEWS_AGENCIES = tableToData('newsAgencies.json', newsAgenciesTable, newsAgencies).agencies;
/** Arabic letters → Latin for the slugs of unknown names. */
export const TRANSLITERATION = tableToData('transliteration.json', transliterationTable, transliteration);

const knownFormats = new Set(FORMATS.map((format) => format.slug));
for (const [i, rule] of FORMAT_RULES.rules.entries()) {
  for (const slug of [rule.format, ...(rule.drops ?? [])]) {
    if (!knownFormats.has(slug)) throw new Error(`src/data/formatRules.json: rules.${i} names the format "${slug}", which src/data/formats.json does not have`);
  }
}

/** The format slugs, for the event schema's enum. */
export const FORMAT_SLUGS = FORMATS.map((format) => format.slug) as [string, ...string[]];
/** How sure each reason makes a field, and the scores below which a field goes to review. */
export const CONFIDENCE = tableToData('confidence.json', confidenceTable, confidence);
