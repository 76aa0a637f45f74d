import { blocksToPlainParagraphs } from './blocks.ts';
import { bytesToText } from './decode.ts';
import { missingDateToMessage, missingFieldToMessage, partialDateToPhrase } from './reviewMessages.ts';
import { officialsOfParties } from '../extract/findOfficials.ts';
import { mentionsOfParties } from './mentionsOfParties.ts';
import { pageToArticle } from './page/pageToArticle.ts';
import { pageToSections } from './sections.ts';
import { seedNameToSidecarName } from './seedNameToSidecarName.ts';
import type { EditorialNote, SeedEvent } from './seedEvent.ts';
import { sidecarDateToEventDate, textToSidecar } from './sidecar.ts';
import type { Sidecar } from './sidecarSchema.ts';
import { HOME_COUNTRY } from '../../src/config.ts';
import { FORMATS } from '../../src/data/index.ts';
import type { Official } from '../../src/schemas/event.ts';
import type { ArticleText, Extraction } from '../extract/types.ts';
import { confidenceToReviewFields, needsReview, reasonToConfidence } from '../extract/fieldConfidence.ts';
import { CONFIDENCE_FIELDS, type Confidence } from '../../src/schemas/confidence.ts';

/** What one seed is made of: its bytes and, when present, its editorial sidecar's text. */
export interface SeedInput {
  /** File name, e.g. 001_ddb86a17edb0ed4f.txt. */
  name: string;
  /** How errors name the file, e.g. seeds/001_ddb86a17edb0ed4f.txt. */
  label: string;
  bytes: Uint8Array;
  sidecar?: { name: string; label: string; text: string };
}

/** What the stage needs besides the seed: the extractor and the official gazetteer, loaded once per run. */
export interface SeedContext {
  extract: (article: ArticleText) => Extraction;
  officialsById: ReadonlyMap<string, Official>;
}

/** What a seed that needs review gave before it was stopped: for the review report and the eval, never published. */
export interface SeedDraft {
  title: string;
  /** The cleaned article text that extraction read. */
  paragraphs: string[];
  extraction: Extraction;
}

export type SeedResult = { ok: true; event: SeedEvent } | { ok: false; errors: string[]; draft?: SeedDraft };

const formatLabels = new Map(FORMATS.map((format) => [format.slug, format.label]));
const regionNames = new Intl.DisplayNames(['ar'], { type: 'region' });
const countryName = (code: string) => regionNames.of(code) ?? code;
const ARABIC_LETTER = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/;
const sortedUnique = (codes: readonly string[]) => [...new Set(codes)].sort();

/** Extraction warnings that a sidecar field answers; once the editor has supplied the field they are no longer news. */
const WARNINGS_ANSWERED_BY: Partial<Record<keyof Sidecar, RegExp>> = {
  date: /event date|without a year|editorial date/i,
  location: /names no city|city to be supplied|no place|no city/i,
  officials: /officials not in the gazetteer|the country of .* is not in the text/i,
};

function openWarnings(warnings: readonly string[], sidecar: Sidecar): string[] {
  return warnings.filter((warning) => !Object.entries(WARNINGS_ANSWERED_BY).some(([field, pattern]) => sidecar[field as keyof Sidecar] && pattern.test(warning)));
}

/** The extraction's confidence, with every field an editor supplied made certain. */
function confidenceWithSidecar(confidence: Confidence, sidecar: Sidecar): Confidence {
  const editorial = reasonToConfidence('editorial');
  const supplied = (field: (typeof CONFIDENCE_FIELDS)[number]) => (field === 'format' ? sidecar.format ?? sidecar.formats : sidecar[field]);
  return Object.fromEntries(CONFIDENCE_FIELDS.map((field) => [field, supplied(field) ? editorial : confidence[field]])) as Confidence;
}

/** The sidecar's values, each as a line of the body's editorial note. */
function sidecarToNotes(sidecar: Sidecar, officialsById: ReadonlyMap<string, Official>): EditorialNote[] {
  const notes: EditorialNote[] = [];
  const add = (label: string, value: string, entry: { citation: string; note?: string | undefined }) =>
    notes.push({ label, value, citation: entry.citation, ...(entry.note ? { note: entry.note } : {}) });
  if (sidecar.date) add('التاريخ', sidecar.date.value, sidecar.date);
  if (sidecar.location) {
    const { city, country } = sidecar.location.value;
    add('المكان', [city, country && countryName(country)].filter(Boolean).join('، '), sidecar.location);
  }
  if (sidecar.parties) add('الأطراف', sidecar.parties.value.map(countryName).join('، '), sidecar.parties);
  if (sidecar.mentions) add('دول مذكورة', sidecar.mentions.value.map(countryName).join('، ') || '—', sidecar.mentions);
  if (sidecar.format) add('الصيغة', formatLabels.get(sidecar.format.value) ?? sidecar.format.value, sidecar.format);
  if (sidecar.formats) add('الصيغ', sidecar.formats.value.map((slug) => formatLabels.get(slug) ?? slug).join('، '), sidecar.formats);
  if (sidecar.officials) add('المسؤولون المشاركون', sidecar.officials.value.map((id) => officialsById.get(id)?.name ?? id).join('، '), sidecar.officials);
  if (sidecar.title) add('العنوان', sidecar.title.value, sidecar.title);
  if (sidecar.summary) add('الملخص', sidecar.summary.value, sidecar.summary);
  return notes;
}

/**
 * One seed → one event (or the reasons it cannot be one): decode, clean, split into sections, extract,
 * apply the editorial sidecar, and refuse to guess what neither gives. Pure: no file system.
 */
export function seedToEvent(input: SeedInput, context: SeedContext): SeedResult {
  const sidecarName = input.sidecar?.name ?? seedNameToSidecarName(input.name);
  let sidecar: Sidecar = {};
  if (input.sidecar) {
    const parsed = textToSidecar(input.sidecar.text, input.sidecar.label);
    const ids = parsed.ok ? (parsed.sidecar.officials?.value ?? []) : (parsed.officialIds ?? []);
    const unknown = ids.flatMap((id, i) => (context.officialsById.has(id) ? [] : [`${input.sidecar!.label}: officials.value[${i}] — unknown official id "${id}" (ids are listed in src/data/officials.json)`]));
    if (!parsed.ok || unknown.length > 0) return { ok: false, errors: [...(parsed.ok ? [] : parsed.errors), ...unknown] };
    sidecar = parsed.sidecar;
  }

  const text = bytesToText(input.bytes);
  if (text.trim() === '') return { ok: false, errors: [`${input.label}: the file is empty`] };
  const sections = pageToSections(pageToArticle(text));
  if (!sections) return { ok: false, errors: [`${input.label}: no article text after removing site clutter`] };

  // Extraction reads the Arabic prose only: Latin-only lines ("date: 1999-01-01", code, URLs) are page debris or
  // hostile text, shown literally in the body but never allowed to set the date, parties or officials.
  const paragraphs = blocksToPlainParagraphs(sections.blocks).filter((text) => ARABIC_LETTER.test(text));
  const extraction = context.extract({ title: sections.title, paragraphs, ...(sections.source.publishedAt ? { publishedAt: sections.source.publishedAt } : {}), ...(sections.dateline ? { dateline: sections.dateline } : {}) });

  const errors: string[] = [];
  const date = sidecar.date ? sidecarDateToEventDate(sidecar.date) : extraction.date;
  if (!date) errors.push(missingDateToMessage(input.label, sidecarName, partialDateToPhrase(extraction.partialDate, [sections.title, ...paragraphs]), extraction.dateReview));

  const parties = sortedUnique(sidecar.parties ? [HOME_COUNTRY, ...sidecar.parties.value] : extraction.parties);
  if (parties.length < 2 || !parties.includes(HOME_COUNTRY)) {
    errors.push(missingFieldToMessage(input.label, sidecarName, 'the article does not tell which country met Japan', 'parties'));
  } else if (!sidecar.parties && needsReview(extraction.confidence.parties)) {
    // a party is never guessed: several candidates (a trilateral, or another stop of a tour) wait for the editor
    // the candidates: those written, and a country whose office the lede says was met («an office of BN, not of MM»)
    const metOffice = extraction.warnings.flatMap((warning) => /an office of ([A-Z, ]+), not of/.exec(warning)?.[1]?.split(', ') ?? []);
    const candidates = sortedUnique([...parties, ...metOffice]).filter((code) => code !== HOME_COUNTRY);
    errors.push(missingFieldToMessage(input.label, sidecarName, `the article names more than one possible partner (${candidates.join(', ')})`, 'parties'));
  }

  const format = sidecar.format?.value ?? sidecar.formats?.value[0] ?? extraction.format;
  const warnings: string[] = [];
  const extractedPlace = extraction.location;
  const country = sidecar.location?.value.country ?? extractedPlace?.country;
  const city = sidecar.location?.value.city ?? (sidecar.location?.value.country && sidecar.location.value.country !== extractedPlace?.country ? '' : extractedPlace?.city ?? '');
  // A call has no place (settled, not unknown); any other event without one is published as unknown, never guessed,
  // and flagged for the editor, unlike a date, which the timeline cannot place without.
  const placeless = format === 'phone-call' && !sidecar.location;
  if (!country && !placeless && !extraction.warnings.some((warning) => WARNINGS_ANSWERED_BY.location!.test(warning))) warnings.push(missingFieldToMessage(input.label, sidecarName, 'the article does not say where the event took place', 'location'));
  if (errors.length > 0 || !date) return { ok: false, errors, draft: { title: sections.title, paragraphs, extraction } };

  const formats = [...new Set([format, ...(sidecar.formats?.value ?? extraction.formats)])];
  // (the editor's parties leave out the people of a candidate partner they did not choose)
  const officials = sidecar.officials ? sidecar.officials.value.map((id) => context.officialsById.get(id)!) : officialsOfParties(extraction.officials, parties);
  const mentions = mentionsOfParties(sidecar.mentions ? { parties: [], mentions: sidecar.mentions.value } : extraction, parties);
  const confidence = confidenceWithSidecar(extraction.confidence, sidecar);
  const review = confidenceToReviewFields(confidence);

  return {
    ok: true,
    event: {
      seeds: [input.name],
      sources: [sections.source],
      data: {
        title: sidecar.title?.value ?? sections.title,
        summary: sidecar.summary?.value ?? sections.summary,
        date: date.date,
        datePrecision: date.precision,
        dateSource: sidecar.date ? 'editorial' : 'text',
        parties,
        mentions,
        format,
        formats,
        location: { city: country ? city : '', country: country ?? '' },
        officials,
        ...(review.length ? { review } : {}),
      },
      blocks: sections.blocks,
      alsoReported: [],
      editorialNotes: sidecarToNotes(sidecar, context.officialsById),
      unconfirmedOfficials: sidecar.officials ? [] : extraction.unconfirmedOfficials,
      warnings: [...openWarnings(extraction.warnings, sidecar), ...warnings],
      confidence,
    },
  };
}
