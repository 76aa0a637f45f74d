import { z } from 'astro/zod';
import { arabicText } from '../primitives.ts';

/** Common nouns and adjectives of diplomatic news: an unknown name is made of none of them (src/data/commonWords.json). */
export const commonWordsTable = z
  .object({ $comment: z.string(), words: z.array(arabicText).refine((words) => new Set(words).size === words.length, 'common words must be unique') })
  .strict();

/** Phrases that contain a country name but do not name the country (src/data/countryBlockers.json). */
export const countryBlockersTable = z.object({ $comment: z.string(), phrases: z.array(arabicText) }).strict();

/** Words that mark a visit, a delegation, a side, or a multilateral setting (src/data/partyCues.json). */
export const partyCuesTable = z
  .object({
    $comment: z.string(),
    visitWords: z.array(arabicText),
    delegationWords: z.array(arabicText),
    sideWords: z.array(arabicText),
    multilateralWords: z.array(arabicText),
    tourWords: z.array(arabicText),
    /** Words of a conflict («العدوان», «الاحتلال»): a nisba right after one names what the talks were about, not a side. */
    conflictWords: z.array(arabicText),
    /** Nouns of a government's act («انسحاب», «موقف»): a capital right after one stands for its government, a mention («انسحاب واشنطن»). */
    actingNouns: z.array(arabicText),
    /** Words of a topic («حول», «بشأن»): a country right after one is what the talks were about, not a side. */
    topicWords: z.array(arabicText),
    /** Words of relation («المتعلقة», «الخاصة»): a country right after one behind «ب» is what the talks were about, not a side. */
    relatedToWords: z.array(arabicText),
    /** Words of residence («المقيم», «ومقره»): a country behind «في» or «ب» after one is where an envoy lives, not a side. */
    residenceWords: z.array(arabicText),
    /** The state of a place («الوضع», «التطورات»): a country behind «في» after one is what the talks were about, not a side. */
    situationWords: z.array(arabicText),
    /** An ambassador's words («سفير», «سفيرة»): before Japan and «لدى» («سفير اليابان لدى روسيا»), the country after is the one Japan's envoy met, a side. */
    ambassadorWords: z.array(arabicText),
  })
  .strict();

/** Words around the name of a place, one list per question a stage asks (src/data/placeWords.json). */
export const placeWordsTable = z
  .object({
    $comment: z.string(),
    beforeCity: z.array(arabicText),
    beforeUnknownPlace: z.array(arabicText),
    cityNouns: z.array(arabicText),
    beforePlaceNotGovernment: z.array(arabicText),
    /** Words before «من» that make it «each of», not «from» («مع كل من سيئول وبكين»): the capitals after it may be governments. */
    eachOfBeforeMin: z.array(arabicText),
    beforeCityInAName: z.array(arabicText),
    /** A body that, after a verb of saying, tells with «في X» where it spoke from («قالت الخارجية في سيئول»), not where the meeting was. */
    bodiesBeforeCity: z.array(arabicText),
    directionsOfPlace: z.array(arabicText),
    /** Nouns of a topic of the talks («جهود», «إعمار», «الأوضاع»): a city a few words after one, in its phrase, is the topic's place. */
    topicBefore: z.array(arabicText),
    /** Participles of a plan («المقرر», «المزمعة»): a city a few words after one, in its clause, is a coming meeting's. */
    plannedBefore: z.array(arabicText),
    /** Verbs of the talks after which «في» and a party's country tell where they were held («يبحث في ماليزيا»). */
    talksBeforeCountry: z.array(arabicText),
  })
  .strict();

/** Words that place a sentence before or after the event (src/data/timeMarkers.json). */
export const timeMarkersTable = z
  .object({
    $comment: z.string(),
    background: z.array(arabicText),
    weakBackground: z.array(arabicText),
    future: z.array(arabicText),
    weakFuture: z.array(arabicText),
    exempt: z.array(arabicText),
    /** Verbs of an agreement reached at the talks the title or lede tells («اتفق X وY في اتصال هاتفي جرى اليوم على عقد قمة»): a plan after one is what they agreed. */
    agreementVerbs: z.array(arabicText),
    /** Verbs of announcing or saying («أعلن», «أكد»): a plan after one in the title or lede, the talks after it behind «خلال», is what was announced at them. */
    announcingVerbs: z.array(arabicText),
    pluperfect: z.object({ auxiliaries: z.array(arabicText), particle: arabicText, window: z.number().int().positive(), laterWindow: z.number().int().positive() }).strict(),
    /** «سبق لـX أن …» (X had already …): the verb, the word of its subject behind «ل», then «أن»: an earlier occasion. */
    alreadyBefore: z.object({ verbs: z.array(arabicText), particle: arabicText }).strict(),
    /** Words of a past time that put a relative clause past the lede on another occasion («القمة التي جمعت X وY الأسبوع الماضي»). */
    pastInClause: z.array(arabicText),
    /** Words of a past year that put a relative clause on another occasion even in the lede («… التي اتفق عليها الجانبان خلال زيارة X العام الماضي»). */
    farPastInClause: z.array(arabicText),
    /** Spans of time that, between «بعد» and «من» right before a relative clause's noun, put it earlier («بعد أسبوعين فقط من اجتماع … الذي جمع …»). */
    spansBefore: z.array(arabicText),
    /** Verbs a sentence opens with to set the story beside another occasion («ويأتي الاتصال بعد أيام من مكالمة …»). */
    comesVerbs: z.array(arabicText),
    /** Words after such a verb that open the other occasion («بعد», «قبيل», «عقب»): to the clause's end, its people and day are that occasion's. */
    comesRelations: z.array(arabicText),
    /** «أول», «أولى»: a verb in the imperfect a few words after one says what is held for the first time, not what will be («أول اجتماع للمجلس يعقد في اليابان»). */
    firstWords: z.array(arabicText),
    /** A visit dated by a month of its own («زيارة رئيسة وزراء ليتوانيا X إلى اليابان في أكتوبر الماضي»): its nouns, the words that may stand before its time, how many words it may span. */
    datedVisits: z.object({ nouns: z.array(arabicText), timeLeads: z.array(arabicText), reach: z.number().int().positive() }).strict(),
  })
  .strict();

/** Titles that introduce a name, and the words around names (src/data/titles.json). */
export const titlesTable = z
  .object({
    $comment: z.string(),
    /** Adjectives of a definite title and their feminine, which a woman's title takes («المبعوث الخاص» → «المبعوثة الخاصة»). */
    feminineAdjectives: z.record(arabicText, arabicText),
    titles: z.array(arabicText),
    formerQualifiers: z.array(arabicText),
    /** The former qualifiers of the late («الراحل»): a late office-holder is never the guest a story tells received. */
    lateQualifiers: z.array(arabicText),
    /** Nouns of an envoy or representative, masculine and bare («مبعوث», «موفد», «ممثل»): an office after one is who sent the envoy. */
    envoyWords: z.array(arabicText),
    /** The nouns of an adviser («مستشار»): a name right after one, or after his office in apposition, is his principal's. */
    adviserWords: z.array(arabicText),
    nameStopwords: z.array(arabicText),
    organisationWords: z.array(arabicText),
    counterpartTitles: z.array(arabicText),
    /** Words of a state in an office's title («رئيس جمهورية مدغشقر»): part of the role, which they make a head of state's. */
    stateWords: z.array(arabicText),
    /** A monarch's titles: a state word after one («مملكة») is the country's name, not a portfolio. */
    monarchTitles: z.array(arabicText),
    /** «شؤون» and its forms: the complement is a word in construct before one with the article («لشؤون سياسة العلوم»). */
    affairsWords: z.array(arabicText),
    /** An office written with the country's pronoun («وزير خارجيتها») → the office it is («وزير الخارجية»). */
    possessiveTitles: z.record(arabicText, arabicText),
    delegationHeads: z.array(arabicText),
    /** The dual of a title → its singular («وزيرا» → «وزير»): two people, one portfolio each. */
    dualTitles: z.record(arabicText, arabicText),
    /** A dual counterpart («نظيريهما»): the two people named after it hold the portfolios of the dual title before it. */
    dualCounterparts: z.array(arabicText),
    /** Words of the cue phrases that are given names too («كريمة» of «بدعوة كريمة من»): never cue words alone. */
    givenNamesAmongCueWords: z.array(arabicText),
    /** Stop-words that are also given names («باسم»): they open a name after a title when a name word follows. */
    givenNamesAmongStopwords: z.array(arabicText),
    /** Given names written with the article, as in the Maghreb, Libya and Sudan («الحبيب», «الطيب»): they may open a name. */
    givenNamesWithArticle: z.array(arabicText),
    /** Given names written with ta marbuta («حمزة», «زكية»): a word in ة read after a title is a name's when it is one of them, not a noun. */
    givenNamesInTaMarbuta: z.array(arabicText),
    /** «المكلف» and its forms inside an office: the errand after one runs to the comma before the holder's name. */
    inChargeWords: z.array(arabicText),
    /** «غير المقيم» (non-resident) inside an ambassador's office: part of the office. */
    nonResidentQualifiers: z.array(arabicText),
    /** The end of a term inside an office («سفير اليابان المنتهية ولايته لدى …»): part of the office, the name after it. */
    outgoingQualifiers: z.array(arabicText),
    /** Forms of address before a name («الدكتور», «السيد», «معالي»): no office. */
    honorifics: z.array(arabicText),
    /** A prince's title («الأمير»): an emir's office, or a prince's address when an office follows his name. */
    princelyAddress: z.array(arabicText),
    /** Commanders' offices («قائد البحرية السلطانية», «القائد العام للقوات المسلحة»): they read the name around them; the level is the full office's (roleLevels.json), not the bare word's in a side's titles. */
    commandTitles: z.array(arabicText),
    /** Military ranks before a name («الفريق», «المشير»): the title of a person on a day before any office the gazetteer lists. */
    militaryRanks: z.array(arabicText),
    /** Second words of compound given names, with the article («الدين» of «نور الدين», «العابدين» of «زين العابدين»): a name goes on past one. */
    compoundNameEnds: z.array(arabicText),
    /** Endings of foreign family names that read as a pronoun's («ـدزه», Georgian -dze: «بانجيكيدزه»): such a word goes on a name. */
    nameEndingsNotPronouns: z.array(arabicText),
    /** Nouns of an office no title holds («المستشار», «المسؤول»), which end a delegation member's name → the member's role. */
    memberOffices: z.record(arabicText, arabicText),
  })
  .strict();

/** Arabic letters → Latin, for the slugs of names the gazetteer does not know (src/data/transliteration.json). */
export const transliterationTable = z
  .object({ $comment: z.string(), letters: z.record(z.string().length(1), z.string()), alifs: z.array(z.string().length(1)) })
  .strict();

/** Old event id → new event id, written by the ingest (content/redirects.json). */
export const redirectsTable = z.record(z.string(), z.string());
