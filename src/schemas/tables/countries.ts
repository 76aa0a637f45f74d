import { z } from 'astro/zod';
import { arabicText, countryCode } from '../primitives.ts';

/** What the data adds to Intl.DisplayNames for one country. */
export const countryOverride = z
  .object({
    /** The Arabic name to show instead of Intl's. */
    name: arabicText.optional(),
    /** Other Arabic names met in the news. */
    aliases: z.array(arabicText).optional(),
    /** Masculine singular nisba stems the rule cannot derive (أمريكي). */
    nisbas: z.array(arabicText).optional(),
    /** Irregular forms (broken plurals: الهنود). */
    forms: z.array(arabicText).optional(),
    /** The rule's nisba of the name is wrong for this country. */
    noRuleNisba: z.boolean().optional(),
    /** Countries the press gives this country's nisbas too (الكونغولي for both Congos): an article that names one of them by name and not this one means that one. */
    nisbasSharedWith: z.array(countryCode).optional(),
    /** Words that name the country by the kind of its state, alone («السلطنة», the Sultanate): the article's own state of that kind. */
    stateWords: z.array(arabicText).optional(),
    /** Countries whose state is of that kind too (Brunei's sultanate): an article that names one of them and not this one means that one. */
    stateWordsSharedWith: z.array(countryCode).optional(),
  })
  .strict();

/** Country data on top of Intl (src/data/countries.json). */
export const countriesTable = z
  .object({
    $comment: z.string(),
    /** Region codes Intl knows that are not countries today. */
    excludedRegionCodes: z.array(countryCode),
    /** Country names that are everyday words too (مالي = financial): never matched alone in text. */
    ambiguousTerms: z.array(arabicText),
    /** Of those, names read as their country where only a place can stand: after a preposition («في مالي») or in a list of countries («مالي وبوركينا فاسو»). */
    ambiguousNamesAsPlaces: z.record(arabicText, countryCode),
    /** Nisbas that are everyday words too (القمري = lunar), read as their country only right after a leader's or minister's title or «نظيره» («الرئيس القمري»). */
    nisbasAfterTitles: z.record(arabicText, countryCode),
    /**
     * Nisbas that name two countries (الكوري: Korean, South or North), read as this one only paired with Japan's
     * («وزيرا الدفاع الكوري والياباني», «العلاقات الكورية اليابانية»): the press writes the North's in full.
     */
    nisbasBesideHome: z.record(arabicText, countryCode),
    /** Words that name several countries at once («الكوريتين», the two Koreas). */
    jointTerms: z.record(arabicText, z.array(countryCode).min(2)),
    /** Stems whose Egyptian spelling (غ of the hard g written ج) is an everyday word (جاني culprit, جيني genetic): no such spelling is read. */
    hardGSpellingsNot: z.array(arabicText),
    /** Per-country additions, by ISO code. */
    countries: z.record(countryCode, countryOverride),
  })
  .strict();
