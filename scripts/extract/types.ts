import type { Confidence } from '../../src/schemas/confidence.ts';
import type { Official } from '../../src/schemas/event.ts';

/** A cleaned article, as the pipeline hands it to extraction. */
export interface ArticleText {
  /** Cleaned headline. */
  title: string;
  /** Cleaned body paragraphs/list items, in order (no clutter, no "read also" article, no source/publication lines). */
  paragraphs: string[];
  /** YYYY-MM-DD from a publication line, if the article had one. */
  publishedAt?: string;
  /** A dateline standing on its own line above the lede («نيودلهي - كونا»), if the page had one. */
  dateline?: string;
}

/** What the text says happened. */
export interface Extraction {
  /** How sure the reading of each field is, and why (src/data/confidence.json). */
  confidence: Confidence;
  /** The event's date, only when the text fully determines it. */
  date?: { date: string; precision: 'day' | 'month' | 'year' };
  /** What the text gave when it is not enough (e.g. "في الرابع من ديسمبر" with no year). */
  partialDate?: { year?: number; month?: number; day?: number };
  /** Why a date the text gives is left for an editor (it contradicts itself): the date is then not given. */
  dateReview?: string;
  /** Sorted ISO codes of the countries that met, includes JP. */
  parties: string[];
  /** Sorted ISO codes discussed but not meeting; never a party, never JP. */
  mentions: string[];
  /** Main format slug (src/data/formats.json). */
  format: string;
  /** All format slugs, main first. */
  formats: string[];
  /** Arabic city name (may be '' when only the country is known) + ISO code. */
  location?: { city: string; country: string };
  /** People who took part. */
  officials: Official[];
  /** Names found by title+name patterns that are not in the gazetteer, for the editor's report. */
  unconfirmedOfficials: string[];
  warnings: string[];
}
