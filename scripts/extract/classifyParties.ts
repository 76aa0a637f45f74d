import { HOME_COUNTRY } from '../../src/config.ts';
import { multiWordSpellings } from './multiWordSpellings.ts';
import type { Official } from '../../src/schemas/event.ts';
import { PARTY_CUES as cues } from '../../src/data/index.ts';
import type { CountryOccurrence } from './findCountries.ts';
import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { buildPhraseIndex, findPhrases, matchPhraseAt, withoutAndArticle, withoutProclitics } from './phraseIndex.ts';
import { ATTACHED_TO, titleIndex } from './nameWords.ts';
import { ledeParagraphOf, type Sentence } from './sentences.ts';
import { inClauseOf, otherOccasionClauses } from './otherOccasionClauses.ts';
import { visitWordBefore } from './visitWordBefore.ts';
import { isVisitWord } from './isVisitWord.ts';
import { sentenceToKeywordGroups } from './detectFormats.ts';
import { inMultilateralClause } from './inMultilateralClause.ts';
import { EACH_OF_WORDS as EACH_OF, PLACE_BEFORE_WORDS as PLACE_BEFORE } from './placeBeforeWords.ts';

/** Parties (always with JP) and countries only discussed. */
export interface PartyClassification {
  parties: string[];
  mentions: string[];
  warnings: string[];
  /** Countries named right after a visit word, in reading order. */
  visitDestinations: string[];
  /** How the partner was told: with Japan in the headline or lede, only inferred, as the home of the dateline's national agency, as the country the meeting was held in (placeAsPartner), several partners, or none. */
  basis: 'clear' | 'inferred' | 'agency' | 'place' | 'several' | 'none';
}

const delegationWords = new Set(cues.delegationWords.map(normalizeForMatching));
const sideWords = new Set(cues.sideWords.map(normalizeForMatching));
/** «الجانبين»: the two sides, named by the two nisbas after it. */
const BOTH_SIDES = normalizeForMatching('الجانبين');
const multilateralWords = cues.multilateralWords.map(normalizeForMatching);
/** A tour's words, folded: the countries a tour sentence joins with «و» are its stops («جولة آسيوية تقودها إلى اليابان والصين»). */
/** Words of a conflict, folded, with the article as written («العدوان», «الاحتلال»). */
const CONFLICT_WORDS: ReadonlySet<string> = new Set(cues.conflictWords.map(normalizeForMatching));
/** Nouns of a government's act («انسحاب», «موقف»), folded: a capital right after one stands for its government. */
const ACTING_NOUNS: ReadonlySet<string> = new Set(cues.actingNouns.map(normalizeForMatching));
/** Words of a topic, folded («حول», «بشأن»): the country named right after one is what the talks were about. */
const TOPIC_WORDS: ReadonlySet<string> = new Set(cues.topicWords.map(normalizeForMatching));
/** Words of relation, folded («المتعلقة»): the country named right after one behind «ب» is what the talks were about. */
const RELATED_TO_WORDS: ReadonlySet<string> = new Set(cues.relatedToWords.map(normalizeForMatching));
/** Words of residence, folded («المقيم»): the country named behind «في» or «ب» after one is where an envoy lives. */
const RESIDENCE_WORDS: ReadonlySet<string> = new Set(cues.residenceWords.map(normalizeForMatching));
/** The state of a place, and the words of a conflict, folded: a country behind «في» after one is what the talks were about. */
const SITUATION_WORDS: ReadonlySet<string> = new Set([...cues.situationWords, ...cues.conflictWords].map(normalizeForMatching));
const tourIndex = buildPhraseIndex(cues.tourWords.map((phrase) => [phrase, true] as const));
/** An ambassador's words, folded, masculine and feminine, without «و», «ب» or the article. The country after Japan and «لدى» (ATTACHED_TO) is the one the envoy is posted to. */
const AMBASSADOR_WORDS: ReadonlySet<string> = new Set(cues.ambassadorWords.map(normalizeForMatching));

/**
 * Whether the country at `i` is the one Japan's ambassador is accredited to: behind «لدى» right after Japan, named
 * right after an ambassador's word («سفير اليابان لدى روسيا», «السفير الياباني لدى كينيا»). The envoy met its people.
 */
function accreditedTo(sentence: Sentence, found: readonly CountryOccurrence[], i: number): boolean {
  const country = found[i]!;
  const japan = found[i - 1];
  if (country.kind === 'nisba' || japan?.code !== HOME_COUNTRY || japan.end !== country.start - 1 || sentence.tokens[japan.end]!.norm !== ATTACHED_TO) return false;
  return AMBASSADOR_WORDS.has(withoutAndArticle(sentence.tokens[japan.start - 1]?.norm ?? ''));
}

/** Words before a city that make it a place, not a government («في الدوحة», «إلى واشنطن», «من طوكيو»). */

/** The warning of a text that gives Japan no partner (agencyHomeAsPartner withdraws it when it offers one). */
export const NO_PARTNER_WARNING = 'no partner country found: the text does not say whom Japan met';

/** How many words an office's title may hold before the country it is of («مع وزير الخارجية الثاني لبروناي»). */
const TITLE_REACH = 5;

/**
 * Whether «مع» and a title stand in the few words before a country (no comma between), and no other country stands
 * between the title and it: the office met is that country's («مع نائبة رئيس كولومبيا الأزمة الأوكرانية»: Colombia's).
 */
function metWithOfficeOf(sentence: Sentence, at: number, previous: CountryOccurrence | undefined): boolean {
  const from = Math.max(0, at - TITLE_REACH);
  for (let start = at - 1; start >= from; start--) {
    if (/[،,؛;.]/.test(sentence.norm.slice(sentence.tokens[start]!.end, sentence.tokens[start + 1]!.start))) return false;
    if (sentence.tokens[start]!.norm !== 'مع') continue;
    const title = matchPhraseAt(titleIndex, sentence.tokens, start + 1);
    return title !== undefined && title.end <= at && (previous === undefined || previous.start < title.end);
  }
  return false;
}

/**
 * Whether a title ends right before the country at `at` («يستقبل نائبة رئيس الدومينيكان», «وصل رئيس وزراء اليابان»):
 * the country is the office's, the guest's, not the place visited.
 */
function officeOfCountry(sentence: Sentence, at: number): boolean {
  for (let start = Math.max(0, at - TITLE_REACH); start < at; start++) if (matchPhraseAt(titleIndex, sentence.tokens, start)?.end === at) return true;
  return false;
}

/** Whether the country at token `at` follows a word of residence, behind «في» or «ب» («المقيم في مدغشقر», «ومقره بأبيدجان»). */
function residesIn(sentence: Sentence, at: number): boolean {
  const before = sentence.tokens[at - 1]?.norm ?? '';
  if (before === 'في') return RESIDENCE_WORDS.has(sentence.tokens[at - 2]?.norm ?? '');
  return sentence.tokens[at]!.norm.startsWith('ب') && RESIDENCE_WORDS.has(before);
}

/**
 * Whether the word before token `at` makes a capital there a place: a preposition of place («في», «إلى») or a word of
 * visit («زار سيول وبكين»); not «من» after a word of «each of» («علاقات طوكيو مع كل من سيئول وبكين»: the governments).
 */
function placeWordBefore(sentence: Sentence, at: number): boolean {
  const word = sentence.tokens[at - 1]?.norm ?? '';
  if (word === 'من' && EACH_OF.has(sentence.tokens[at - 2]?.norm ?? '')) return false;
  return PLACE_BEFORE.has(word) || isVisitWord(word);
}

/**
 * Whether the capital at `i` stands for its government: joined by «و» or «مع» to another country or capital
 * («القاهرة مع واشنطن والدوحة», «واشنطن والدوحة»), with no word of place before it.
 */
function isActingCapital(sentence: Sentence, found: readonly CountryOccurrence[], i: number): boolean {
  const country = found[i]!;
  const before = sentence.tokens[country.start - 1]?.norm ?? '';
  if (placeWordBefore(sentence, country.start) || /^[بل]/.test(sentence.tokens[country.start]!.norm.replace(/^و/, '')) && !country.conjoined) return false;
  const previous = found[i - 1];
  const next = found[i + 1];
  // (not a list of places: «بعد اجتماعهما في تركيا ومانيلا», «زار باريس وروما ولندن»)
  let first = i;
  while (first > 0 && found[first - 1]!.end === found[first]!.start && found[first]!.conjoined) first--;
  if (first < i && placeWordBefore(sentence, found[first]!.start)) return false;
  const joinedBefore = previous !== undefined && (previous.end === country.start && country.conjoined || (previous.end === country.start - 1 && before === 'مع'));
  const joinedAfter = next !== undefined && next.start === country.end && next.conjoined;
  // (or the actor of a noun of an act right before it: «بعد انسحاب واشنطن من صيغتها الأولى»)
  return joinedBefore || joinedAfter || ACTING_NOUNS.has(before);
}

/** Whether a mark that parts a sentence (a full stop, «..», a comma, a colon) stands between token `at` and the one before. */
function markBefore(sentence: Sentence, at: number): boolean {
  return /[.،,:؛;!؟?…]/.test(sentence.norm.slice(sentence.tokens[at - 1]!.end, sentence.tokens[at]!.start));
}

/**
 * Whether two countries are named side by side, with no mark between them: «الهند واليابان», not the two parts of a
 * headline «… بشأن أوكرانيا.. وطوكيو تتمسك …» nor two clauses «… في أوكرانيا، واليابان …».
 */
function besideEachOther(sentence: Sentence, a: CountryOccurrence, b: CountryOccurrence): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return first.end === second.start && !markBefore(sentence, second.start);
}

/**
 * How many countries stand side by side with the one at `i` (itself included): «اليابان والهند» is two, a pair;
 * «حصول اليابان وألمانيا والبرازيل والهند على مقاعد دائمة» is four, a group named together, no pairing of two sides.
 */
function namedTogether(sentence: Sentence, found: readonly CountryOccurrence[], i: number): number {
  let first = i;
  let last = i;
  while (first > 0 && besideEachOther(sentence, found[first - 1]!, found[first]!)) first--;
  while (last < found.length - 1 && besideEachOther(sentence, found[last]!, found[last + 1]!)) last++;
  return last - first + 1;
}

/**
 * The folded words right before token `at`, at most `count`, not past a mark: «سمو الأمير استقبل موتيجي: اليابان تقف …»
 * gives no word before «اليابان», whose part of the headline starts there.
 */
function wordsBefore(sentence: Sentence, at: number, count: number): string[] {
  let from = at;
  while (from > Math.max(0, at - count) && !markBefore(sentence, from)) from--;
  return sentence.tokens.slice(from, at).map((token) => token.norm);
}

/** How many words before a place a word of visit still governs it («وصل رئيس الوزراء الياباني إلى العاصمة الأوكرانية كييف»). */
const VISIT_REACH = 7;

const hasCue = (words: Set<string>, token: string | undefined) => token !== undefined && withoutProclitics(token).some((form) => words.has(form));

interface Score {
  score: number;
  strong: boolean;
  inTitle: boolean;
  inLede: boolean;
  count: number;
}

/** The share of the first country's weight another must have to be a partner too, or to put the choice to an editor. */
const PARTNER_SHARE = 0.75;

/**
 * Tells the countries Japan met from those the article only discusses. A partner gains weight from the headline
 * and lede, bilateral pairings with Japan ("الهند واليابان"، "الفيتنامية اليابانية"), visits, delegations and the
 * nationality of the officials who took part; a country with none of that (a missile launch, a rival) is a mention.
 */
export function classifyParties(sentences: Sentence[], countries: CountryOccurrence[], officials: Official[]): PartyClassification {
  const scores = new Map<string, Score>();
  const scoreOf = (code: string) => {
    let score = scores.get(code);
    if (!score) scores.set(code, (score = { score: 0, strong: false, inTitle: false, inLede: false, count: 0 }));
    return score;
  };
  const ledeLimit = sentences.find((sentence) => sentence.paragraph >= 0)?.index ?? 1;
  const ledeParagraph = ledeParagraphOf(sentences);
  // a call the headline or lede tells («يتلقى اتصالاً هاتفياً من …») has no visit in it: a country one caller was visiting
  // («أجرته الوزيرة خلال زيارتها الحالية إلى تايلاند») is where the call was made from, not the side called
  const call = sentences.some((sentence) => sentence.index <= ledeLimit && !sentence.background && sentenceToKeywordGroups(sentence).has('phone'));
  const visitDestinations: string[] = [];
  const metInLede = new Set<string>();
  /** The countries of the people the headline or lede names who took part. */
  const metInOpening = new Set<string>();
  const bySentence = new Map<number, CountryOccurrence[]>();
  for (const country of countries) {
    const list = bySentence.get(country.sentence);
    if (list) list.push(country);
    else bySentence.set(country.sentence, [country]);
  }
  for (const sentence of sentences) {
    const found = bySentence.get(sentence.index);
    if (!found) continue;
    const event = !sentence.background && !sentence.future;
    const multilateral = multilateralWords.some((word) => sentence.norm.includes(word));
    const tour = findPhrases(tourIndex, sentence.tokens).length > 0;
    for (let i = 0; i < found.length; i++) {
      const country = found[i]!;
      if (country.kind === 'capital' && country.code !== HOME_COUNTRY) {
        // a capital counts only paired with Japan by «و» ("بين طوكيو وسيول"), not beside Japan's nisba as its place
        // («يبحث مع نظيره الياباني بنيروبي»)
        const paired = [found[i - 1], found[i + 1]].some((other) => other?.code === HOME_COUNTRY && besideEachOther(sentence, other, country) && (other.start < country.start ? country : other).conjoined);
        // a capital beside another («الوساطة التي تقودها القاهرة مع واشنطن والدوحة»), Tokyo too («العلاقات بين طوكيو
        // وبكين»), stands for its government: a mention
        if (isActingCapital(sentence, found, i)) scoreOf(country.code).count++;
        if (!paired || !event || multilateral) continue;
      }
      if (country.code === HOME_COUNTRY) continue;
      const score = scoreOf(country.code);
      if (country.kind !== 'capital') score.count++;
      // «في مدينة نيويورك الأمريكية»: the nisba tells where the meeting was, not who met; after a word of visit
      // («وصل إلى العاصمة الأوكرانية كييف») it still names the country visited
      const visited = sentence.tokens.slice(Math.max(0, country.start - VISIT_REACH), country.start).some((token) => isVisitWord(token.norm));
      // a country named in a clause about the multilateral meeting around the talks («الاجتماع الثلاثي الذي ترأسه رئيس
      // مجلس الدولة الصيني») is no party of them
      if (!event || (country.ofPlace && !visited) || inMultilateralClause(sentence, country.start)) continue;
      // past the lede, a country in a clause of another occasion the story is set beside («ويأتي تنقل المسؤول الياباني
      // إلى تونس بعد محطة بالقاهرة …، وأجرى فيها محادثات مع وزير الخارجية المصري»: an earlier stop) is no side of these talks
      if (sentence.paragraph > ledeParagraph && inClauseOf(sentence, otherOccasionClauses(sentence), country.start)) continue;
      // «تطورات العدوان الإسرائيلي»: the country the talks were about, not a side
      if (country.kind === 'nisba' && CONFLICT_WORDS.has(sentence.tokens[country.start - 1]?.norm ?? '')) continue;
      // «يبحثان هاتفيا الوضع حول أوكرانيا», «بشأن أوكرانيا»: the topic, not a side
      if (country.kind === 'name' && TOPIC_WORDS.has(sentence.tokens[country.start - 1]?.norm ?? '')) continue;
      // «القضايا المتعلقة بكوريا الشمالية»: so is the country issues are related to
      if (country.kind === 'name' && RELATED_TO_WORDS.has(sentence.tokens[country.start - 1]?.norm ?? '') && /^و?ب/.test(sentence.tokens[country.start]!.norm)) continue;
      // «سفير اليابان لدى بلادنا …، المقيم في مدغشقر»: where an envoy accredited to several countries lives, not a side
      if (residesIn(sentence, country.start)) continue;
      // «يبحث مع نظيره البروناوي الوضع في ميانمار», «الحرب في أوكرانيا»: the situation talked about, not a side
      if (country.kind === 'name' && sentence.tokens[country.start - 1]?.norm === 'في' && SITUATION_WORDS.has(sentence.tokens[country.start - 2]?.norm ?? '')) continue;
      if (sentence.index === 0 && !score.inTitle) {
        score.inTitle = true;
        score.score += 3;
      } else if (sentence.index <= ledeLimit && !score.inLede) {
        score.inLede = true;
        score.score += 2;
      }
      const before = sentence.tokens[country.start - 1]?.norm;
      const pairedWithJapan = !multilateral && !tour && [found[i - 1], found[i + 1]].some((other) => other?.code === HOME_COUNTRY && besideEachOther(sentence, other, country)) && namedTogether(sentence, found, i) === 2;
      if (pairedWithJapan) {
        score.score += 4;
        score.strong = true;
      }
      const visitWindow = wordsBefore(sentence, country.start, 3);
      if (country.kind !== 'nisba' && !call && visitWindow.some(isVisitWord) && !officeOfCountry(sentence, country.start)) {
        score.score += 4;
        score.strong = true;
        visitDestinations.push(country.code);
      }
      // (the two sides «بين الجانبين الفلسطيني والإسرائيلي» are a conflict's, not the table's, when Japan is neither)
      const otherSides = before !== undefined && withoutProclitics(before).includes(BOTH_SIDES) && country.code !== HOME_COUNTRY && !(found[i + 1]?.code === HOME_COUNTRY && found[i + 1]!.conjoined);
      if (country.kind === 'nisba' && (hasCue(delegationWords, before) || (hasCue(sideWords, before) && !otherSides))) {
        score.score += 3;
        score.strong = true;
      }
      if (accreditedTo(sentence, found, i)) {
        score.score += 3;
        score.strong = true;
      }
      // «في اتصال هاتفي مع وزير الخارجية الثاني لبروناي»: the country of the office met in the lede
      if (sentence.index <= ledeLimit && country.kind !== 'capital' && metWithOfficeOf(sentence, country.start, found[i - 1])) metInLede.add(country.code);
    }
    // "وزيرا الخارجية الياباني … والأمريكي": a nisba joined by و to a sentence that has Japan's nisba
    if (found.some((country) => country.code === HOME_COUNTRY && country.kind === 'nisba') && !multilateral) {
      for (const country of found) if (country.code !== HOME_COUNTRY && country.kind === 'nisba' && country.conjoined && !sentence.background) scoreOf(country.code).score += 2;
    }
    // Japan's visit destination counts for the visit-based location
    for (const country of found) {
      if (country.code !== HOME_COUNTRY || country.kind === 'nisba') continue;
      const window = wordsBefore(sentence, country.start, 3);
      // «… في إطار الزيارة التي يقوم بها حالياً إلى اليابان»: «إلى» Japan with a visit word further back
      const toJapan = sentence.tokens[country.start - 1]?.norm === 'الي' && visitWordBefore(sentence, country.start);
      // («محمد بن راشد يستقبل رئيس وزراء اليابان»: Japan's office, the guest's, as for the partner above)
      if ((toJapan || (window.some(isVisitWord) && !officeOfCountry(sentence, country.start))) && !sentence.background) visitDestinations.push(HOME_COUNTRY);
    }
  }
  // the people named in the headline and lede are those of the meeting told; one named later may be of another
  // («كما تلقى سمو ولي العهد اتصالاً من رئيس وزراء …»)
  const opening = sentences.filter((sentence) => sentence.index <= ledeLimit && !sentence.background && !sentence.future);
  for (const official of officials) {
    if (!official.country || official.country === HOME_COUNTRY) continue;
    const score = scoreOf(official.country);
    score.score += 3;
    score.strong = true;
    const spellings = multiWordSpellings(official);
    const inOpening = opening.some((sentence) => spellings.some((spelling) => sentence.norm.includes(spelling)));
    if (inOpening) metInOpening.add(official.country);
    if (!score.inTitle && !score.inLede && inOpening) {
      score.inLede = true;
      score.score += 2;
    }
  }
  for (const score of scores.values()) score.score += Math.min(2, score.count * 0.25);
  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1));
  const warnings: string[] = [];
  const partners: string[] = [];
  const top = ranked[0];
  if (top && top[1].score >= 2) {
    partners.push(top[0]);
    // a further partner (a trilateral meeting) must be as strong and named in the headline or lede
    for (const [code, score] of ranked.slice(1)) if (score.strong && (score.inTitle || score.inLede) && score.score >= top[1].score * PARTNER_SHARE) partners.push(code);
  } else warnings.push(NO_PARTNER_WARNING);
  // as strong as the partner, but no one of it took part while someone of the partner did: the story's subject (the
  // air-defence zone «الصينية» in talks of Biden and Abe, lovage-04; the mission of Korea's envoy, lovage-02), a mention
  const tookPartFrom = new Set(officials.map((official) => official.country));
  const withPeople = partners.filter((code) => tookPartFrom.has(code));
  if (partners.length > 1 && withPeople.length === 1) partners.splice(0, partners.length, withPeople[0]!);
  if (partners.length > 1) warnings.push(`more than one partner (${partners.join(', ')}): check that the meeting was not bilateral`);
  // the lede says Japan's side met «with» an office of a country the weights did not choose: an editor decides
  // (so too a person of the headline or lede who took part, when the country chosen has no one: «طلب رئيس الوزراء
  // الياباني من رئيس الوزراء التركي …» in a story headlined on hostages «بالعراق»)
  const chosenHasNoOne = partners.length === 1 && !tookPartFrom.has(partners[0]!);
  // (or anywhere in the story, when the country chosen has no one at all and another's person took part: «… على هامش
  // أعمال الجمعية العامة … الأزمة الأفغانية», then «التقى وزير الخارجية الباكستاني X نظيره الياباني»)
  const tookPart = chosenHasNoOne ? officials.flatMap((official) => (official.country ? [official.country] : [])) : [];
  // (or when the country chosen rests on mentions alone and another, near it, has a partner's cue: «العلاقات الجيبوتية
  // اليابانية», a visit, a delegation; a headline's «إجلاء الرعايا من السودان» is no side)
  const chosen = partners.length === 1 ? scores.get(partners[0]!)! : undefined;
  const cued = chosen && !chosen.strong ? ranked.filter(([code, score]) => code !== partners[0] && score.strong && score.score >= chosen.score * PARTNER_SHARE).map(([code]) => code) : [];
  const unchosen = [...new Set([...metInLede, ...(chosenHasNoOne ? metInOpening : []), ...tookPart, ...cued])].filter((code) => code !== HOME_COUNTRY && !partners.includes(code));
  if (partners.length === 1 && unchosen.length > 0) warnings.push(`the lede tells a meeting with an office of ${unchosen.join(', ')}, not of ${partners[0]}: check the partner`);
  const parties = [...new Set([HOME_COUNTRY, ...partners])].sort();
  const mentions = [...scores.keys()].filter((code) => !parties.includes(code) && scores.get(code)!.count > 0).sort();
  const basis = partners.length === 0 ? 'none' : partners.length > 1 || unchosen.length > 0 ? 'several' : chosen!.strong && (chosen!.inTitle || chosen!.inLede) ? 'clear' : 'inferred';
  return { parties, mentions, warnings, visitDestinations, basis };
}
