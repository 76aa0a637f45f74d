import type { CorpusLabel } from '../../tests/corpus/labelsSchema.ts';
import type { SeedReport } from '../ingest/reviewReport.ts';
import { normalizeArabic } from '../../src/arabic/fold.ts';
import { CITIES } from '../../src/data/index.ts';
import { officialsOfParties } from '../extract/findOfficials.ts';
import { mentionsOfParties } from '../ingest/mentionsOfParties.ts';
import { officialMatchesName } from './namesMatch.ts';

/** How one article came out, field by field, against its label. */
export interface SeedScore {
  file: string;
  /** The headline the ingest took is the page's (spaces aside): a caption or a masthead is not. */
  title: boolean;
  /** right: the labelled date; refused: left for review though the page gives it; wrong: another date; refusedRight: refused as it must be; guessed: a date where the page gives none. */
  date: 'right' | 'refused' | 'wrong' | 'refusedRight' | 'guessed';
  parties: boolean;
  /** Parties written that are not the labelled ones (a wrong party, worse than none). */
  wrongParties: boolean;
  mentions: boolean;
  format: boolean;
  /** The format written is the label's or one of the alternatives the label accepts (`formats`: a courtesy call as a visit or other). */
  formatAccepted: boolean;
  location: boolean;
  officials: { labelled: number; found: number; listed: number; wrong: string[]; missing: string[]; countryChecked: number; countryRight: number };
  clutter: { total: number; left: string[] };
  keep: { total: number; lost: string[] };
  /** Fields the ingest listed for review, and those of them, or of the rest, that are wrong. */
  review: { flagged: string[]; wrongUnflagged: string[] };
  /** What the ingest wrote, for the verbose listing. */
  got: { title: string; date?: string; parties: string[]; mentions: string[]; format: string; location: string };
}

/** A city's spellings → the gazetteer's name for it, so «الكويت» and «مدينة الكويت» are one city. */
const cityNames = new Map(CITIES.flatMap((city) => [city.name, ...city.aliases].map((spelling) => [normalizeArabic(spelling), normalizeArabic(city.name)] as const)));
/** «مدينة» before a city's name, folded: the gazetteer keeps it in a name that is a word or a person's too («مدينة هايكو», Heiko). */
const CITY_WORD = normalizeArabic('مدينة');
const cityKey = (city: string) => {
  const folded = normalizeArabic(city);
  return cityNames.get(folded) ?? cityNames.get(`${CITY_WORD} ${folded}`) ?? (folded.startsWith(`${CITY_WORD} `) ? folded.slice(CITY_WORD.length + 1) : folded);
};
/** Whether two spellings name one city: a gazetteer alias, or «مدينة» written before the name or not. */
export const sameCity = (a: string, b: string) => cityKey(a) === cityKey(b);
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);
const folded = (text: string) => normalizeArabic(text).replace(/\s+/g, ' ');

/** Scores one seed's report (and the text the ingest kept of it) against its label. */
export function scoreSeed(label: CorpusLabel, report: SeedReport, keptText: string): SeedScore {
  const { fields } = report;
  const dateRefused = fields.date === undefined || report.review.some((item) => item.field === 'date');
  let date: SeedScore['date'];
  if (label.date === null) date = dateRefused ? 'refusedRight' : 'guessed';
  else if (dateRefused) date = 'refused';
  else date = fields.date === label.date && fields.datePrecision === label.datePrecision ? 'right' : 'wrong';

  // parties left for review are a question, not a wrong answer
  const partiesWritten = fields.parties.length >= 2 && !report.review.some((item) => item.field === 'parties');
  const parties = partiesWritten && sameList(fields.parties, label.parties);

  const listed = partiesWritten ? fields.officials : officialsOfParties(fields.officials, label.parties);
  const officials: SeedScore['officials'] = { labelled: label.officials.length, found: 0, listed: listed.length, wrong: [], missing: [], countryChecked: 0, countryRight: 0 };
  const matched = new Set<number>();
  // parties left for review: the people the ingest lists once the editor gives them (not a candidate's left out)
  for (const official of listed) {
    const at = label.officials.findIndex((person, i) => !matched.has(i) && officialMatchesName(official, person));
    if (at === -1) {
      officials.wrong.push(official.name);
      continue;
    }
    matched.add(at);
    officials.countryChecked++;
    if (official.country === label.officials[at]!.country) officials.countryRight++;
  }
  officials.found = matched.size;
  officials.missing = label.officials.filter((_, i) => !matched.has(i)).map((person) => person.name);

  const text = folded(keptText);
  const flagged = report.review.map((item) => item.field);
  const wrong = { parties: partiesWritten && !parties, format: fields.format !== label.format, location: !(sameCity(fields.location.city, label.location.city) && fields.location.country === label.location.country), officials: officials.wrong.length > 0 || officials.missing.length > 0 };
  const wrongUnflagged = (Object.keys(wrong) as (keyof typeof wrong)[]).filter((field) => wrong[field] && !flagged.includes(field));
  return {
    review: { flagged, wrongUnflagged },
    file: label.file,
    title: fields.title.replace(/\s+/g, ' ').trim() === label.title.replace(/\s+/g, ' ').trim(),
    date,
    parties,
    wrongParties: partiesWritten && !parties,
    // parties left for review: the mentions the ingest writes once the editor gives them (the candidates not chosen among them)
    mentions: sameList(partiesWritten ? fields.mentions : mentionsOfParties(fields, label.parties), label.mentions),
    format: fields.format === label.format,
    formatAccepted: label.formats.includes(fields.format),
    location: sameCity(fields.location.city, label.location.city) && fields.location.country === label.location.country,
    officials,
    clutter: { total: label.clutter.length, left: label.clutter.filter((line) => text.includes(folded(line))) },
    keep: { total: label.keep.length, lost: label.keep.filter((line) => !text.includes(folded(line))) },
    got: { title: fields.title, ...(fields.date ? { date: `${fields.date}${dateRefused ? ' (review)' : ''}` } : {}), parties: fields.parties, mentions: fields.mentions, format: fields.format, location: `${fields.location.city}/${fields.location.country}` },
  };
}
