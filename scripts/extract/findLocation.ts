import { isOnSidelines } from './isOnSidelines.ts';
import { SHADDA } from '../../src/arabic/codePoints.ts';
import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { HOME_COUNTRY } from '../../src/config.ts';
import { CITIES as cities, PLACE_WORDS, VENUES, type CityEntry } from '../../src/data/index.ts';
import { isReportVerb } from './isReportVerb.ts';
import { DAY_WORDS } from './arabicDateWords.ts';
import { countryToArabicName } from '../../src/utils/countryNames.ts';
import { ALL_COUNTRY_CODES, countryToArabicAliases } from '../../src/utils/countryNames.ts';
import type { CountryOccurrence } from './findCountries.ts';
import { buildPhraseIndex, findPhrases } from './phraseIndex.ts';
import { isCommonWord } from './nameWords.ts';
import { visitWordBefore } from './visitWordBefore.ts';
import { PLACE_BEFORE_WORDS } from './placeBeforeWords.ts';
import { ledeParagraphOf, originalSpelling, writtenSpan, type Sentence } from './sentences.ts';
import { tokenize } from './tokenize.ts';
import { isStopword } from '../../src/arabic/stopwords.ts';
import { inAgreedPlan, inPlannedClause, inTopicPhrase } from './placeNotOfTheTalks.ts';

const cityByName = new Map(cities.map((city) => [city.name, city]));
// a venue («البيت الأبيض», «قصر الوطن») is matched as its city
const cityIndex = buildPhraseIndex([
  ...cities.flatMap((city) => [city.name, ...city.aliases].map((name) => [name, city as CityEntry] as const)),
  ...VENUES.flatMap((venue) => [venue.name, ...venue.aliases].map((name) => [name, cityByName.get(venue.city)!] as const)),
]);
const capitalByCountry = new Map(cities.filter((city) => city.capital).map((city) => [city.country, city]));
/** City spellings that are also a country's name («الكويت», «تونس», «سنغافورة»): a city only where the text says so. */
const countryNames = new Set(ALL_COUNTRY_CODES.flatMap((code) => countryToArabicAliases(code).map(normalizeForMatching)));
/** The countries each such spelling names, folded («عمان» → OM, the spelling of Jordan's capital without its shadda). */
const countriesBySpelling = new Map<string, string[]>();
for (const code of ALL_COUNTRY_CODES) for (const alias of countryToArabicAliases(code).map(normalizeForMatching)) countriesBySpelling.set(alias, [...(countriesBySpelling.get(alias) ?? []), code]);

/**
 * Whether a city's name as written, folded, is its country's («جيبوتي», «تونس») and nothing says the city: no «العاصمة»
 * or «مدينة» in the words before it (`wordsBefore`), no city-state's name.
 */
function spelledAsItsCountry(spelled: string, wordsBefore: string, city: CityEntry): boolean {
  return countryNames.has(spelled) && !/عاصمه|مدينه/.test(wordsBefore) && !city.cityState;
}

/**
 * Whether a city spelled as a country's name is the city all the same: its country took part and the country of the
 * name did not («بمقر الوزارة في عمان» in talks of Jordan and Japan is Amman, not Oman).
 */
function cityOfAPartyNotCountry(spelled: string, city: CityEntry, parties: readonly string[]): boolean {
  const named = countriesBySpelling.get(spelled) ?? [];
  return parties.includes(city.country) && !named.includes(city.country) && !named.some((code) => parties.includes(code));
}
// prepositions and nouns of place, and verbs of hosting whose subject is the city («احتضنت الجزائر العاصمة … أشغال الدورة»)
const placeWords = new Set(PLACE_WORDS.beforeCity.map(normalizeForMatching));
/** Words after which a city is part of a name («مؤتمر طوكيو», «إعلان جدة»), folded. */
const inAName = new Set(PLACE_WORDS.beforeCityInAName.map(normalizeForMatching));
/** Words before a name of a place the gazetteer may not know («بمدينة مونستر», «في بلدة كوينزكليف», «منتجع نوسا دوا»). */
const placeNouns = new Set(PLACE_WORDS.beforeUnknownPlace.map(normalizeForMatching));

/** A seat of government or a ministry («مقر», «بمقر»): with a party's nisba a few words on, that party's capital. */
const SEAT_WORDS = new Set(['مقر', 'بمقر', 'وبمقر']);
/** An embassy, folded («السفارة», «سفارة»): its seat is in the country it is accredited to, not in its own. */
const EMBASSY = /^(?:ال)?سفاره$/;
/** How many words after «مقر» the nisba may stand («مقر وزارة الشؤون الخارجية اليابانية»). */
const SEAT_REACH = 5;
/** «العاصمة» with the preposition or conjunction it takes, folded: «في العاصمة البيروفية», «بالعاصمة الإثيوبية». */
const CAPITAL_WORDS = new Set(['العاصمه', 'بالعاصمه', 'وبالعاصمه', 'والعاصمه']);

/** Bodies and speakers whose «في X» tells where they sit or spoke («السفارة الهندية في طوكيو»), folded. */
const bodyIndex = buildPhraseIndex(PLACE_WORDS.bodiesBeforeCity.map((phrase) => [phrase, true] as const));

/**
 * Whether the city at token `at`, after «في», tells where a speaking body is: «وقالت وزارة الخارجية في سيئول إن …»,
 * «قالت السفارة الهندية في طوكيو» (a verb of saying, the body, maybe its nisba, «في»), not where the meeting was.
 */
function whereABodySits(sentence: Sentence, at: number): boolean {
  const preposition = at - 1;
  if (sentence.tokens[preposition]?.norm.replace(/^[وف](?=..)/, '') !== 'في') return false;
  const from = Math.max(0, preposition - 4);
  const body = findPhrases(bodyIndex, sentence.tokens.slice(from, preposition)).find((found) => from + found.end >= preposition - 1);
  if (!body) return false;
  // the body is the subject of a verb of saying («وقالت وزارة الخارجية في سيئول إن …», «ذكرت السفارة اليابانية في جاكرتا أن …»)
  const verb = from + body.start - 1;
  return verb >= 0 && isReportVerb(sentence.tokens[verb]!.norm);
}

/** Compass words after a town («مونستر شمال غربي ألمانيا»): the end of its name. */
const DIRECTIONS = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'قرب', 'بالقرب']);
/** Verbs of receiving or hosting a guest: the nisba after them names the host («استقبل الرئيس الإندونيسي», «استضاف رئيس الوزراء الياباني»). */
const RECEIVE_WORDS = new Set(['استقبل', 'استقبلت', 'يستقبل', 'تستقبل', 'واستقبل', 'واستقبلت', 'استضاف', 'استضافت', 'يستضيف', 'تستضيف', 'واستضاف', 'واستضافت'].map(normalizeForMatching));

/** The countries whose leaders or ministers received the guest in the sentences telling the meeting: where it took place. */
function hostCountries(sentences: readonly Sentence[], countries: readonly CountryOccurrence[]): string[] {
  const hosts: string[] = [];
  for (const sentence of sentences) {
    if (!tellsThePlace(sentence)) continue;
    sentence.tokens.forEach((token, at) => {
      if (!RECEIVE_WORDS.has(token.norm)) return;
      const nisba = countries.find((country) => country.sentence === sentence.index && country.kind === 'nisba' && country.start > at && country.start <= at + 4);
      if (nisba) hosts.push(nisba.code);
    });
  }
  return hosts;
}

/**
 * The partner whose side received Japan's («استقبل فخامة رئيس الجمهورية … وزير الدفاع الياباني»): Japan's nisba after a
 * verb of receiving whose subject is not Japan's, in a bilateral meeting. The meeting is then in the partner's country.
 */
function japanReceivedBy(sentences: readonly Sentence[], context: PlaceContext): string | undefined {
  const partners = context.parties.filter((code) => code !== HOME_COUNTRY);
  if (partners.length !== 1) return undefined;
  for (const sentence of sentences) {
    if (!tellsThePlace(sentence)) continue;
    for (let at = 0; at < sentence.tokens.length; at++) {
      if (!RECEIVE_WORDS.has(sentence.tokens[at]!.norm)) continue;
      const after = context.countries.filter((country) => country.sentence === sentence.index && country.kind === 'nisba' && country.start > at);
      const subject = after.find((country) => country.start <= at + 4);
      if (subject?.code !== HOME_COUNTRY && after.some((country) => country.code === HOME_COUNTRY)) return partners[0];
    }
  }
  return undefined;
}

/** Where the event took place, how the text told it, and a warning when it tells only the country or nothing. */
export interface LocationFound {
  location?: { city: string; country: string };
  warnings: string[];
  /** call: a call has no place; told: a city with a place word; unknownTown: a town the gazetteer lacks; dateline,
   * capital: read around the text; countryOnly: the country visited without its city; none: nothing. */
  basis: 'call' | 'told' | 'unknownTown' | 'dateline' | 'datelineElsewhere' | 'capital' | 'countryOnly' | 'none';
}

/** What the article tells about the meeting's place besides its sentences. */
export interface PlaceContext {
  parties: string[];
  /** Countries named right after a visit word. */
  visitDestinations: string[];
  /** The main format: a call has no place. */
  format: string;
  /** Held by phone or video whatever the format (a 2+2 by video link): a dateline or a visit gives it no place. */
  remote?: boolean;
  /** Every country named, to give an unknown town a country («بمدينة يوكوهاما اليابانية»). */
  countries: CountryOccurrence[];
  /** A dateline line above the lede («نيودلهي - كونا»). */
  dateline?: string;
  /** Whether a folded word is a word of the name of a person who took part: «باندور» is a name, not «ب» + «إندور». */
  isNameWord?: (word: string) => boolean;
}

/** A sentence that opens with the talks' own verb («والتقى», «وعقد», «وأجرى»), folded. */
const TALK_VERB_OPENING = /^[وف]?(?:التقي|التقت|عقد|عقدت|اجري|اجرت|اجتمع|اجتمعت|بحث|بحثت)\s/;

/** A sentence that may tell the meeting's place: the title, or one that tells the meeting (not background, not plans). */
function tellsThePlace(sentence: Sentence): boolean {
  // («أقرت الولايات المتحدة واليابان أمس في نيويورك … . جاء ذلك خلال اجتماع …»: what the next sentence says happened at the meeting)
  // (or its main clause, when only a relative clause dates another time: «وجرى اللقاء بمدينة يوكوهاما، عشية افتتاح
  // الندوة … التي تحتضنها المدينة من 1 إلى 3 جوان الجاري»)
  return (!sentence.background || sentence.asideFrom !== undefined) && !sentence.future && (sentence.index === 0 || sentence.meeting || sentence.saidAtMeeting === true);
}

/**
 * The part of a sentence that may tell the meeting's place: all of it, or of a sentence right after the lede that is
 * background only by dates in relative clauses, the words before the first of them (its main clause).
 */
function mainClauseOf(sentence: Sentence): Sentence {
  if (!sentence.background || sentence.asideFrom === undefined) return sentence;
  const end = sentence.asideFrom;
  return { ...sentence, norm: sentence.norm.slice(0, end), tokens: sentence.tokens.filter((token) => token.end <= end) };
}

/** How many words an unknown town's name may have («سري جاياواردنابورا كوتي»). */
const UNKNOWN_TOWN_WORDS = 3;

/** A town the gazetteer does not know, after a place noun: up to three words that are no common word, and the country of a nisba right after. */
function unknownTown(sentence: Sentence, at: number, countries: CountryOccurrence[]): { city: string; country: string } | undefined {
  const words: string[] = [];
  let end = at;
  for (; end < sentence.tokens.length && words.length < UNKNOWN_TOWN_WORDS; end++) {
    const word = sentence.tokens[end]!.norm;
    // (nor a noun behind «لل», «for the …»: «منتجع للينابيع الحارة بمدينة إيبوسوكي» is a resort of hot springs)
    if (word.startsWith('ال') || word.startsWith('لل') || isStopword(word) || isCommonWord(word) || DIRECTIONS.has(word) || /\d/.test(word)) break;
    // a place noun opens the place that locates the town («بلدة ووتشن بمقاطعة تشجيانغ»), not a word of its name
    if (end > at && placeNouns.has(word)) break;
    // the name ends at a closing quote, a bracket or a comma («منتجع "بورغو إينياتسيا" بمنطقة بوليا»)
    if (end > at && /["»”')\]،,؛;.]/.test(sentence.norm.slice(sentence.tokens[end - 1]!.end, sentence.tokens[end]!.start))) break;
    if (countries.some((country) => country.sentence === sentence.index && country.start === end)) break;
    // token positions are the folded text's: a dropped mark earlier in the sentence («لقاءً») shifts the written one
    words.push(originalSpelling(sentence, sentence.tokens[end]!.start, sentence.tokens[end]!.end));
  }
  if (words.length === 0) return undefined;
  const nisba = countries.find((country) => country.sentence === sentence.index && country.start === end && country.kind === 'nisba');
  return { city: words.join(' '), country: nisba?.code ?? '' };
}

/** How many words after a town its locating place may stand («بلدة كوينزكليف الساحلية جنوب غربي مدينة ملبورن»). */
const LOCATING_REACH = 3;

/**
 * The last token a town's locating city or country may start at: three words on, and further across adjectives,
 * compass words and place nouns («الساحلية جنوب غربي مدينة …»), never past a comma.
 */
function locatingReach(sentence: Sentence, after: number): number {
  let reach = after + LOCATING_REACH;
  for (let at = after; at < sentence.tokens.length - 1; at++) {
    const word = sentence.tokens[at]!.norm;
    if (/[،,؛;.]/.test(sentence.norm.slice(sentence.tokens[at]!.end, sentence.tokens[at + 1]!.start))) break;
    if (!(word.startsWith('ال') || DIRECTIONS.has(word) || placeNouns.has(word))) break;
    reach = Math.max(reach, at + 1);
  }
  return reach;
}

/** The city a dateline opens the lede with («القاهرة - أجرى …», «نيودلهي /العمانية/ التقى …», «الكويت 3 أكتوبر (كونا) -»), or stands alone above it. */
function datelineCity(sentences: readonly Sentence[], dateline: string | undefined): CityEntry | undefined {
  if (dateline) {
    const [match] = findPhrases(cityIndex, tokenize(dateline).slice(0, 3));
    if (match && match.start === 0) return match.value;
    // the agency or paper first, the city after a slash or a dash («السومرية نيوز / بغداد», «واع - البصرة»)
    const lastPart = dateline.split(/\s*[/\-–—]\s*/).filter((part) => part.trim()).at(-1);
    const tokens = lastPart && lastPart !== dateline ? tokenize(lastPart) : [];
    const [city] = tokens.length > 0 && tokens.length <= 3 ? findPhrases(cityIndex, tokens) : [];
    if (city && city.start === 0 && city.end === tokens.length) return city.value;
  }
  const lede = sentences.find((sentence) => sentence.paragraph >= 0);
  if (!lede) return undefined;
  const [match] = findPhrases(cityIndex, lede.tokens.slice(0, 3));
  if (!match || match.start !== 0) return undefined;
  // a dateline is followed by a dash, a slash, a bracket, a comma or a date, not by a verb of the sentence
  const after = lede.norm.slice(lede.tokens[match.end - 1]!.end, lede.tokens[match.end - 1]!.end + 5);
  return /^\s*[-–—/(،,]|^\s+\d|^\s+في\s/.test(after) || /^\s*\(/.test(after) ? match.value : undefined;
}

/**
 * The event's place: none for a call; else the first city told with a place word («في X», «بـX», «العاصمة اليابانية X»,
 * «بمدينة X») in the title or a sentence telling the meeting, a town the gazetteer does not know after «مدينة» or
 * «منتجع», wherever it is (a third country's city on the sidelines of a summit counts); else, for a meeting held by
 * video, none; else the lede's dateline city; else the country Japan's side visited, with a warning that the city is to
 * be supplied. A capital paired with another («بين طوكيو وسيول») stands for its government, and a country's own name
 * is its city only where the text says so.
 */
export function findLocation(sentences: Sentence[], context: PlaceContext): LocationFound {
  if (context.format === 'phone-call') return { location: { city: '', country: '' }, warnings: [], basis: 'call' };
  // cities the story names, outside its background («… في مقر وزارة الخارجية في كمبالا» of an earlier meeting)
  const named = new Set<string>();
  // a city named as a place («في طوكيو», «بطوكيو», «الذي يزور سنغافورة»): not the government it stands for («الشراكة مع طوكيو»), nor a city
  // inside a name («مؤتمر طوكيو الدولي للتنمية في أفريقيا»)
  for (const sentence of sentences) {
    if (sentence.background) continue;
    for (const match of findPhrases(cityIndex, sentence.tokens)) {
      const before = sentence.tokens[match.start - 1]?.norm ?? '';
      // (a capital spelled as its country, «في جيبوتي», names it only after «العاصمة» or «مدينة», or as a city-state)
      const asCountry = spelledAsItsCountry(sentence.tokens[match.start]!.norm.slice(match.prefix.length), before + (sentence.tokens[match.start - 2]?.norm ?? ''), match.value);
      if (!asCountry && !inAName.has(before) && !whereABodySits(sentence, match.start) && (PLACE_BEFORE_WORDS.has(before.replace(/^[وف](?=..)/, '')) || match.prefix.endsWith('ب') || visitWordBefore(sentence, match.start))) named.add(match.value.name);
    }
  }
  // the lede tells the place most precisely («منتجع نوسا دوا بجزيرة بالي»), then the title, then the rest
  const ledeParagraph = ledeParagraphOf(sentences);
  const onSidelines = isOnSidelines(sentences[0]?.norm ?? '');
  // (and a sentence above the lede that the lede says was told at the meeting: «أقرت … أمس في نيويورك … . جاء ذلك خلال اجتماع …»)
  const saidAbove = sentences.filter((sentence) => sentence.index > 0 && sentence.paragraph >= 0 && sentence.paragraph < ledeParagraph && sentence.saidAtMeeting === true);
  const inOrder = [...sentences.filter((sentence) => sentence.paragraph === ledeParagraph), ...saidAbove, sentences[0]!, ...sentences.filter((sentence) => sentence.paragraph > ledeParagraph)].filter(Boolean);
  for (const sentence of inOrder.map(mainClauseOf)) {
    const matches = findPhrases(cityIndex, sentence.tokens);
    if (!tellsThePlace(sentence)) continue;
    // a city of a third country counts where the event is told first (a summit's sidelines); later it is another stop
    // … and the paragraph after the lede, in a sentence of the talks themselves («والتقى … في أحد فنادق مدينة سان
    // فرانسيسكو الأمريكية، حيث يوجد الزعيمان لحضور … قمة "آبيك"»), when the lede tells a topic, not the meeting
    // (or any sentence of the talks there, when the title says the meeting was on a summit's sidelines: «اتفاق … في لقاء
    // على هامش قمة (ناتو)», then «اجتماع عقده الوزيران في لاهاي بهولندا»)
    // (or a sentence there that says the talks were on a multilateral's sidelines: «جاء ذلك في لقاء ثنائي جمعهما في مدينة
    // ديترويت الأمريكية، على هامش الاجتماع الوزاري …»)
    const early = sentence.paragraph <= ledeParagraph || (sentence.paragraph === ledeParagraph + 1 && sentence.talks && (TALK_VERB_OPENING.test(sentence.norm) || onSidelines || isOnSidelines(sentence.norm)));
    // a meeting held by video is placed only where the title or lede says a side met («في مدينة مونستر»): a city
    // further down is another time's («كان البلدان يعتزمان عقد الاجتماع في طوكيو»)
    if (context.remote && !early) continue;
    const found: Array<{ at: number; place: LocationFound }> = [];
    for (const match of matches) {
      const city = match.value;
      // a place followed by a city of another country, bare or behind «ب/في» (not «و»), is a name that city has too: «قصر السلام
      // ببغداد» (not Jeddah's palace), «العاصمة الإدارية بوتراجايا» (not Egypt's new capital); one of the same country is
      // the more precise place («منتجع نوسا دوا بجزيرة بالي»)
      const locatedIn = matches.find((other) => other.value.country !== city.country && ((other.start === match.end && (other.prefix === '' || other.prefix === 'ب')) || (other.start === match.end + 1 && sentence.tokens[match.end]!.norm === 'في')) && !/[،,؛;:]/.test(sentence.norm.slice(sentence.tokens[match.end - 1]!.end, sentence.tokens[other.start]!.start)));
      if (locatedIn) continue;
      // (behind «و» or «ف», unless the word is a place word as written: «وسط موسكو» is «in central Moscow»)
      const writtenBefore = sentence.tokens[match.start - 1]?.norm ?? '';
      const before = placeWords.has(writtenBefore) ? writtenBefore : writtenBefore.replace(/^[وف]+(?=..)/, '');
      // "في العاصمة اليابانية طوكيو": one adjective may stand between the place word and the city
      const twoBefore = (sentence.tokens[match.start - 2]?.norm ?? '').replace(/^[وف]+(?=..)/, '');
      const byPreposition = (match.prefix === 'ب' || match.prefix === 'وب' || match.prefix === 'فب') && !context.isNameWord?.(sentence.tokens[match.start]!.norm);
      // «يصل إلى بانكوك», «زيارة إلى العاصمة التايلاندية بانكوك»: the city a visit goes to
      const visited = (before === 'الي' || (twoBefore === 'الي' && before.startsWith('ال')) || (placeWords.has(twoBefore) && sentence.tokens[match.start - 3]?.norm === 'الي')) && visitWordBefore(sentence, match.start);
      if (!byPreposition && !visited && !placeWords.has(before) && !(placeWords.has(twoBefore) && before.startsWith('ال'))) continue;
      // (a city of the plan agreed at the talks: «اتفقا … على عقد قمة في سان بطرسبورغ»)
      if (inPlannedClause(sentence, match.start) || inAgreedPlan(sentence, match.start) || whereABodySits(sentence, match.start) || inTopicPhrase(sentence, match.start)) continue;
      const written = writtenSpan(sentence, sentence.tokens[match.start]!.start, sentence.tokens[match.end - 1]!.end);
      const spelled = normalizeForMatching(written).replace(/^[وفب]+(?=ال|\p{L}{3})/u, '');
      // a city written as its country is the country, unless a shadda tells them apart («عمّان», not «عُمان»)
      // (or of a city of a party when the country of the name took no part: «في عمان» of Jordan's talks)
      if (spelledAsItsCountry(spelled, before + twoBefore, city) && !written.includes(String.fromCharCode(SHADDA)) && !cityOfAPartyNotCountry(spelled, city, context.parties)) continue;
      // later, a party's city counts in a sentence of the talks, not one of their topics («المشروعات … ولا سيما في الدقم»)
      if (!early && (!context.parties.includes(city.country) || !sentence.talks)) continue;
      found.push({ at: match.start, place: { location: { city: city.name, country: city.country }, warnings: [], basis: 'told' } });
    }
    for (let at = 0; at < sentence.tokens.length - 1; at++) {
      // (not a town the gazetteer knows, after the place noun or with it: «جزيرة غوام» is a spelling of Guam)
      if (!placeNouns.has(sentence.tokens[at]!.norm) || matches.some((match) => match.start === at + 1 || match.start === at) || inAgreedPlan(sentence, at) || inTopicPhrase(sentence, at)) continue;
      const town = unknownTown(sentence, at + 1, context.countries);
      // a town with no nisba after it is in the country of the place or country named right after it («منتجع نوسا دوا
      // بجزيرة بالي الإندونيسية»), else in the country Japan's side visited, when there is one
      const after = at + 1 + (town?.city.split(' ').length ?? 0);
      const reach = locatingReach(sentence, after);
      const near = matches.find((match) => match.start >= after && match.start <= reach)?.value.country ?? context.countries.find((country) => country.sentence === sentence.index && country.start >= after && country.start <= reach + 1)?.code;
      // the country Japan's side visited, else the one whose leader or minister received the guest (Japan too)
      const host = context.visitDestinations.find((code) => context.parties.includes(code) && code !== HOME_COUNTRY) ?? hostCountries(sentences, context.countries).find((code) => context.parties.includes(code));
      const country = town?.country || near || (host && context.parties.length === 2 ? host : '');
      if (!town || !country) continue;
      found.push({ at, place: { location: { city: town.city, country }, warnings: [`the city ${town.city} is not in the gazetteer (src/data/cities.json): to be confirmed`], basis: 'unknownTown' } });
    }
    // «في مقر رئاسة الحكومة اليابانية», «بمقر وزارة الخارجية السعودية»: the seat of a party's government, in its capital
    for (let at = 0; at < sentence.tokens.length; at++) {
      if (!SEAT_WORDS.has(sentence.tokens[at]!.norm)) continue;
      // (not an embassy's seat, «في مقر السفارة الإيطالية في العاصمة اليابانية»: it stands in the other party's country)
      if (EMBASSY.test(sentence.tokens[at + 1]?.norm ?? '')) continue;
      const nisba = context.countries.find(
        (country) => country.sentence === sentence.index && country.kind === 'nisba' && country.start > at && country.start <= at + SEAT_REACH && context.parties.includes(country.code) && !/[،,؛;]/.test(sentence.norm.slice(sentence.tokens[at]!.end, sentence.tokens[country.start]!.start)),
      );
      const capital = nisba && capitalByCountry.get(nisba.code);
      // «في مقر الإقامة الرسمي لرئيس الوزراء الماليزي في بوتراجايا»: a city told right after the seat is where it is
      const toldAfter = nisba && matches.some((match) => match.start > nisba.start && match.start <= nisba.end + 1 && match.value.country === nisba.code);
      // «في مقر إقامته الرسمي بطوكيو الرئيس النيجيري»: a city between the seat and the nisba is the seat's, the nisba the guest's
      const toldBetween = nisba && matches.some((match) => match.start > at && match.start < nisba.start);
      if (capital && !toldAfter && !toldBetween) found.push({ at, place: { location: { city: capital.name, country: capital.country }, warnings: [], basis: 'capital' } });
    }
    // «في قصر الحكومة بالعاصمة البيروفية»: a party's capital told by its nisba alone, no city named after it
    for (let at = 0; at + 1 < sentence.tokens.length; at++) {
      if (!CAPITAL_WORDS.has(sentence.tokens[at]!.norm) || matches.some((match) => match.start === at + 2)) continue;
      // (a third country's capital where the event is told first, «خلال غداء عمل في العاصمة التونسية», as a city's name there counts)
      const nisba = context.countries.find((country) => country.sentence === sentence.index && country.kind === 'nisba' && country.start === at + 1 && (context.parties.includes(country.code) || early));
      const capital = nisba && capitalByCountry.get(nisba.code);
      if (capital) found.push({ at, place: { location: { city: capital.name, country: capital.country }, warnings: [], basis: 'capital' } });
    }
    // the place told first in the sentence is the meeting's («في منتجع نوسا دوا بجزيرة بالي»)
    const first = found.sort((a, b) => a.at - b.at)[0];
    if (first) return first.place;
  }
  // a meeting held by video has no other place: a dateline is the agency's desk
  if (context.remote) return { location: { city: '', country: '' }, warnings: [], basis: 'call' };
  const dateline = datelineCity(sentences, context.dateline);
  // a dateline in one party's country while the text tells a visit to the other's («الخرطوم (سونا) - أجرى الوزير …
  // في إطار الزيارة التي يقوم بها حالياً إلى اليابان»): the agency's home, not the venue
  // (and one in a country that took no part while the text tells a visit to a party's: «لندن: «الشرق الأوسط»» of talks in Japan)
  const visitedElsewhere = dateline !== undefined && context.visitDestinations.some((code) => context.parties.includes(code)) && !context.visitDestinations.includes(dateline.country);
  if (dateline && !visitedElsewhere) {
    // a dateline in a country that did not take part is as often the agency's desk («أنقرة/ الأناضول») as the venue
    if (!context.parties.includes(dateline.country)) {
      return { location: { city: dateline.name, country: dateline.country }, warnings: [`the place is only the dateline's city, ${dateline.name}, in a country that did not take part: the agency's desk or the venue, to be confirmed by an editor`], basis: 'datelineElsewhere' };
    }
    return { location: { city: dateline.name, country: dateline.country }, warnings: [], basis: 'dateline' };
  }
  const destination = context.visitDestinations.find((code) => context.parties.includes(code)) ?? japanReceivedBy(sentences, context);
  if (destination) {
    const capital = capitalByCountry.get(destination);
    if (capital && named.has(capital.name)) return { location: { city: capital.name, country: destination }, warnings: [], basis: 'capital' };
    return countryWithoutCity(destination);
  }
  // «ترأس … أمس الأحد في المملكة العربية السعودية منتدى …», «يبحث في ماليزيا …»: a party's country named after «في» in the
  // title or lede, no city: the country alone, for an editor to add the city
  const toldCountry = countryToldIn(sentences, context);
  if (toldCountry) return countryWithoutCity(toldCountry);
  return { warnings: ['the text names no place for the event: location to be supplied by an editor'], basis: 'none' };
}

/** The event's country without its city, for an editor to add the city. */
function countryWithoutCity(country: string): LocationFound {
  return { location: { city: '', country }, warnings: [`the text names no city: the event took place in ${countryToArabicName(country) || country}, city to be supplied by an editor`], basis: 'countryOnly' };
}

/** The words a country told as the place may follow «في» after: a verb of the talks («يبحث في ماليزيا») or their day. */
const TALKS_OR_DAY: ReadonlySet<string> = new Set([...PLACE_WORDS.talksBeforeCountry.map(normalizeForMatching), ...DAY_WORDS]);

/** Whether a folded word, behind «و» or not, is one of TALKS_OR_DAY. */
function afterTalksOrDay(word: string): boolean {
  return TALKS_OR_DAY.has(word) || (word.startsWith('و') && TALKS_OR_DAY.has(word.slice(1)));
}

/** A party's country named right after «في» in the title or the lede paragraph (its name, not its nisba), in a sentence of the meeting. */
function countryToldIn(sentences: readonly Sentence[], context: PlaceContext): string | undefined {
  const lede = ledeParagraphOf(sentences);
  for (const sentence of sentences) {
    if (sentence.index > 0 && sentence.paragraph !== lede) continue;
    if (!tellsThePlace(sentence)) continue;
    // (right after the verb of the talks or their day, «يبحث في ماليزيا», «أمس الأحد في المملكة»; not an office's «سفير أرمينيا في اليابان»)
    const told = context.countries.find((country) => country.sentence === sentence.index && country.kind === 'name' && context.parties.includes(country.code) && sentence.tokens[country.start - 1]?.norm === 'في' && afterTalksOrDay(sentence.tokens[country.start - 2]?.norm ?? ''));
    if (told) return told.code;
  }
  return undefined;
}
