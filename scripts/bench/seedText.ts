import { HOME_COUNTRY } from '../../src/config.ts';
import type { Rng } from './prng.ts';
import { HEADLINES, HEAD_CLUTTER_LINES, OUTLETS, TAIL_CLUTTER_LINES } from './partners.ts';

/** A country the generator can pair with Japan. */
export interface PartnerCountry {
  code: string;
  /** Arabic name, e.g. الهند. */
  name: string;
  /** Masculine nisba with the article, e.g. الهندي. */
  nisba: string;
  /** Arabic capital, where meetings abroad take place. */
  capital: string;
}

/** An official from the gazetteer, reduced to what a lede needs. */
export interface GeneratorOfficial {
  name: string;
  aliases: string[];
  country: string;
  role: string;
  /** The terms the gazetteer lists (ISO days): an article names a person on a day they held office. */
  roles?: readonly { from: string; to?: string | undefined }[];
}

/** Whether a person held a listed office on an ISO day (a person without terms always may). */
function inOfficeOn(official: GeneratorOfficial, day: string): boolean {
  return !official.roles?.length || official.roles.some((term) => term.from <= day && (term.to === undefined || day <= term.to));
}

/** Everything a synthetic seed is recombined from. */
export interface SeedPools {
  /** Body paragraphs of the real seeds that carry no date and name no other country. */
  paragraphs: string[];
  /** Date-free body paragraphs that name a country of the real seeds: a little realistic noise. */
  mentioning: string[];
  /** Paragraphs of unrelated articles met after "إقرأ أيضاً" in the real seeds. */
  unrelated: string[];
  partners: PartnerCountry[];
  officials: GeneratorOfficial[];
  /** Format slugs of src/data/formats.json. */
  formats: string[];
  /** The phrase a lede names each format with (src/data/formats.json). */
  formatPhrases: Record<string, string>;
  /** Month names in calendar order, one list per regional set (src/data/arabicDates.json). */
  monthSets: string[][];
  /** Weekday names, index 0 = Sunday as in Date#getUTCDay. */
  weekdayNames: string[];
}

/** What the generator put in a seed, so a test can check the ingest read it back. */
export interface SeedFacts {
  date: string;
  partner: string;
  format: string;
}

export interface SyntheticSeed {
  fileName: string;
  text: string;
  facts: SeedFacts;
}

const ARABIC_INDIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/** Writes Western digits as Arabic-Indic digits (٠–٩). */
export function digitsToArabicIndic(text: string): string {
  return text.replace(/[0-9]/g, (digit) => ARABIC_INDIC_DIGITS[Number(digit)]!);
}

// Events end a month before the generator's horizon so no synthetic date lies in the future.
const FIRST_DAY = Date.UTC(2000, 0, 1);
const LAST_DAY = Date.UTC(2026, 9, 31);
const DAY_MS = 86_400_000;

/** Picks a calendar day between 2000-01-01 and 2026-10-31. */
export function rngToDay(rng: Rng): Date {
  return new Date(FIRST_DAY + rng.int(0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS);
}

/** Writes a day the way Arabic news does: "الثلاثاء 12 مارس 2019", with a random regional month set and digit style. */
export function dayToArabicText(day: Date, rng: Rng, words: Pick<SeedPools, 'monthSets' | 'weekdayNames'>): string {
  const months = rng.pick(words.monthSets);
  const numbers = `${day.getUTCDate()} ${months[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
  const withDigits = rng.chance(0.2) ? digitsToArabicIndic(numbers) : numbers;
  const weekday = rng.chance(0.4) ? `${words.weekdayNames[day.getUTCDay()]} ` : '';
  return rng.chance(0.15) ? `${weekday}(${withDigits})` : `${weekday}${withDigits}`;
}

function officialToPhrase(official: GeneratorOfficial | undefined, fallback: string, rng: Rng): string {
  if (!official) return fallback;
  const spelling = official.aliases.length > 0 && rng.chance(0.3) ? rng.pick(official.aliases) : official.name;
  return `${official.role} ${spelling}`;
}

function leadFor(phrases: Record<string, string>, format: string, partner: PartnerCountry, dayText: string, city: string, japanese: string, foreign: string): string {
  const phrase = phrases[format] ?? phrases.other!;
  if (format === 'phone-call') {
    return `أجرى ${japanese} في ${city} ${phrase} مع ${foreign} يوم ${dayText}، بحث خلاله الجانبان سبل تعزيز العلاقات بين اليابان و${partner.name}.`;
  }
  if (format === 'official-visit') {
    return `بدأ ${japanese} ${phrase} إلى ${partner.name} يوم ${dayText}، التقى خلالها في ${city} ${foreign} لبحث تعزيز العلاقات الثنائية.`;
  }
  return `عقدت اليابان و${partner.name} ${phrase} في ${city} يوم ${dayText}، بمشاركة ${japanese} و${foreign}، لبحث تعزيز التعاون بين البلدين.`;
}

function hex(rng: Rng, length: number): string {
  return Array.from({ length }, () => rng.int(0, 15).toString(16)).join('');
}

/** Composes one plausible raw Arabic article about a Japan–partner meeting, with clutter, from the pools. */
export function poolsToSyntheticSeed(pools: SeedPools, rng: Rng, index: number): SyntheticSeed {
  const partner = rng.pick(pools.partners);
  const format = rng.pick(pools.formats);
  const day = rngToDay(rng);
  // A phone call is placed from Tokyo; a visit is always abroad.
  const abroad = format === 'official-visit' || (format !== 'phone-call' && rng.chance(0.5));
  const city = abroad ? partner.capital : 'طوكيو';
  // people in office that day, as a real article has them (the ingest doubts a day after every named person's terms)
  const iso = day.toISOString().slice(0, 10);
  const japaneseOfficials = pools.officials.filter((official) => official.country === HOME_COUNTRY && inOfficeOn(official, iso));
  const partnerOfficials = pools.officials.filter((official) => official.country === partner.code && inOfficeOn(official, iso));
  const japanese = officialToPhrase(japaneseOfficials.length > 0 ? rng.pick(japaneseOfficials) : undefined, 'وزير الخارجية الياباني', rng);
  const foreign = officialToPhrase(partnerOfficials.length > 0 ? rng.pick(partnerOfficials) : undefined, `نظيره ${partner.nisba}`, rng);

  const lines: string[] = [];
  if (rng.chance(0.15)) lines.push(rng.pick(HEAD_CLUTTER_LINES), '');
  lines.push(rng.pick(HEADLINES).replace('{partner}', partner.name));
  if (rng.chance(0.3)) lines.push(rng.pick(HEAD_CLUTTER_LINES));
  lines.push(leadFor(pools.formatPhrases, format, partner, dayToArabicText(day, rng, pools), city, japanese, foreign), '');
  const paragraphCount = rng.int(2, 6);
  for (let i = 0; i < paragraphCount; i++) {
    // a paragraph naming another country never follows the lede, where it would read as a second partner
    const mentions = pools.mentioning.length > 0 && rng.chance(0.1);
    const pool = mentions && i > 0 ? pools.mentioning : pools.paragraphs;
    lines.push(rng.pick(pool), '');
  }
  if (rng.chance(0.5)) lines.push(`المصدر: ${rng.pick(OUTLETS)}`);
  const clutterCount = rng.int(0, 3);
  for (let i = 0; i < clutterCount; i++) lines.push(rng.pick(TAIL_CLUTTER_LINES));
  if (pools.unrelated.length > 0 && rng.chance(0.2)) {
    lines.push('إقرأ أيضاً:', rng.pick(pools.unrelated), rng.pick(pools.unrelated));
  }

  const fileName = `${String(index).padStart(5, '0')}_${hex(rng, 16)}.txt`;
  return { fileName, text: `${lines.join('\n').trimEnd()}\n`, facts: { date: day.toISOString().slice(0, 10), partner: partner.code, format } };
}
