import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { isOnSidelines } from './isOnSidelines.ts';
import { isInTownForMultilateral } from './inTownForMultilateral.ts';
import { FORMAT_RULES as ruleTable, TIME_MARKERS } from '../../src/data/index.ts';
import { absenceFramesOf, invitedVisits, isAbsent } from './absenceFrames.ts';
import { buildPhraseIndex, findPhrases, type PhraseMatch } from './phraseIndex.ts';
import { otherOccasionClauses } from './otherOccasionClauses.ts';
import { inOpenedClause, openedClausesOf } from './openedClauses.ts';
import { planOpenerEnd } from './planOpenerEnd.ts';
import { isFormer } from './formerOffice.ts';
import { isEnvoyPrincipalOffice } from './envoyWords.ts';
import { contradictsLevels, DEPUTIES_FORMAT, holdsPoliticalOffice, hostedLevelsToFormat, isMinisterOnly, levelsOfPairToFormat, outsideGovernment, pairOfDeputiesAlone, pairOfOtherPortfolios, receivedByJuniorOnly, guestOfficeUnknown } from './levelsToFormat.ts';
import type { SideLevels } from './sideLevels.ts';
import { inPlan, ledeParagraphOf, type Sentence } from './sentences.ts';

const rules = ruleTable.rules;

// one index for every keyword phrase; a phrase listed in several groups carries all of them
const keywordIndex = (() => {
  const groupsByPhrase = new Map<string, Set<string>>();
  for (const [group, phrases] of Object.entries(ruleTable.keywords)) {
    for (const phrase of phrases) groupsByPhrase.set(phrase, (groupsByPhrase.get(phrase) ?? new Set()).add(group));
  }
  return buildPhraseIndex([...groupsByPhrase].map(([phrase, groups]) => [phrase, groups] as const));
})();
const order = new Map(rules.map((rule, i) => [rule.format, i] as const));

const bodies = ruleTable.bodies.map((body) => ({
  group: body.group,
  heads: buildPhraseIndex(body.heads.map((head) => [head, true] as const)),
  modifiers: buildPhraseIndex(body.modifiers.map((modifier) => [modifier, true] as const)),
  within: body.within,
}));

const EMPTY_GROUPS: ReadonlySet<string> = new Set();
/** The keyword group of calls by phone or video. */
const CALL_GROUP = 'phone';
/** The keyword group of a courtesy call («زيارة مجاملة»). */
const COURTESY_GROUP = 'courtesyCall';
const RECEPTION_GROUP = 'reception';
/** Groups that name one person's office. */
const officeGroups = new Set(ruleTable.officeGroups);

/** How many words after an office its former word may stand, past the country's nisba («رئيس الوزراء الياباني الأسبق»). */
const FORMER_REACH = 2;

/** The keyword groups present in a sentence. */
export function sentenceToKeywordGroups(sentence: Sentence): Set<string> {
  const groups = new Set<string>();
  const launches = findPhrases(launchIndex, sentence.tokens);
  // «إطلاق حوار 2+2 اقتصادي», «تفعيل اللجنة الاقتصادية المشتركة»: a body being set up is what the talks were about, and
  // so is a session being prepared («التحضير لانعقاد الجولة الجديدة من مشاورات 2+2»)
  // («يتفقان في طوكيو على مشاورات منتظمة», «اتفقا على إنشاء إطار جديد للمشاورات»: what two sides agree on, in its clause,
  // a place between verb and «على» or not, is set up too)
  const agreed = agreedObjects(sentence);
  const launched = (start: number, call = false) =>
    agreed.some((object) => start >= object && start - object <= PREPARE_REACH && !CLAUSE_BREAK.test(sentence.norm.slice(sentence.tokens[object]!.start, sentence.tokens[start]!.start))) ||
    launches.some(({ end, value }) => end <= start && start - end <= value.reach && (value.callsToo || !call) && !(value.withinClause && CLAUSE_BREAK.test(sentence.norm.slice(sentence.tokens[end - 1]!.end, sentence.tokens[start]!.start))));
  // «… على أن يشارك في الجلسات عن بعد»: what follows a plan's opener is the plan, not the meeting
  // (and so does the plan agreed at the talks the title or lede tells: «يتفقان هاتفياً على عقد اجتماع 2+2»)
  const planAt = planOpenerEnd(sentence);
  const inAgreedPlan = (at: number) => inPlan(sentence, sentence.tokens[at]!.start);
  // «وتوقيع مذكرة للحوار السياسي», «مذكرة حول الحوار السياسي»: a signed document's subject (not «مذكرة الحوار الاستراتيجي»)
  const memos = findPhrases(memoIndex, sentence.tokens);
  const documented = (start: number, prefix: string) =>
    memos.some((memo) => (memo.end === start && prefix.startsWith('ل')) || (memo.end + 1 === start && ABOUT_WORDS.has(sentence.tokens[memo.end]!.norm)));
  // «يسلم رسالة من الرئيس السيسي …»: the office of someone who was not there tells nothing of who met
  let frames: ReturnType<typeof absenceFramesOf> | undefined;
  // (so does the office that sent an envoy: «المبعوثة الخاصة لرئيس الوزراء الياباني»)
  const absentOffice = (match: PhraseMatch<Set<string>>) => [...match.value].every((group) => officeGroups.has(group)) && (isEnvoyPrincipalOffice(sentence, match.start, match.prefix) || isAbsent(match.start, (frames ??= absenceFramesOf(sentence))));
  // «… بعدما تبادلا الحديث عبر الهاتف مرتين منذ سبتمبر», «بعد الاتصال الهاتفي الذي جمعها … الشهر الماضي»: a call in a
  // clause of what came before is no call of the meeting
  const earlierCall = (match: PhraseMatch<Set<string>>) => match.value.has(CALL_GROUP) && inEarlierClause(sentence, match.start, match.end);
  // (nor does an office its holder left: «رئيس الوزراء الياباني الأسبق ياسو فوكودا»)
  const formerOffice = (match: PhraseMatch<Set<string>>) => [...match.value].every((group) => officeGroups.has(group)) && isFormer(sentence, match.end, match.end + FORMER_REACH);
  // «… غداة قمة بوتفليقة - كويزومي», «منذ القمة الأخيرة»: what a clause of another time names is not this meeting
  const otherClauses = openedClausesOf(sentence).filter((clause) => clause.value === 'other');
  const inOtherClause = (match: PhraseMatch<Set<string>>) => inOpenedClause(sentence, otherClauses, match.start);
  // «سلّم … دعوة من حكومة بلاده لزيارة رسمية إلى اليابان»: the visit an invitation asks for is not the meeting
  const invited = invitedVisits(sentence);
  // longest phrase first, no overlap: "نائب وزير الخارجية" is a deputy, not a foreign minister
  for (const match of findPhrases(keywordIndex, sentence.tokens)) if (!launched(match.start, match.value.has(CALL_GROUP)) && !documented(match.start, match.prefix) && match.start < planAt && !inAgreedPlan(match.start) && !absentOffice(match) && !formerOffice(match) && !earlierCall(match) && !inOtherClause(match) && !invited.has(match.start)) for (const group of match.value) groups.add(group);
  for (const body of bodies) {
    if (groups.has(body.group)) continue;
    const modifiers = findPhrases(body.modifiers, sentence.tokens);
    if (modifiers.length && findPhrases(body.heads, sentence.tokens).some((head) => !launched(head.start) && head.start < planAt && !inAgreedPlan(head.start) && modifiers.some((modifier) => modifier.start >= head.end && modifier.start - head.end < body.within))) groups.add(body.group);
  }
  return groups;
}

/** Words that open a clause of what came before («بعدما», «بعد أن»), folded, as their first words and the rest. */
const EARLIER_OPENERS: ReadonlyMap<string, string[]> = new Map(ruleTable.earlierOpeners.map((opener) => normalizeForMatching(opener).split(' ')).map(([first, ...rest]) => [first!, rest]));

/**
 * Whether the phrase at `at`…`end` stands in a clause of what came before: «بعدما» or «بعد أن» earlier in the
 * sentence, no comma between; or a relative clause of past time right after it, whose head it is.
 */
function inEarlierClause(sentence: Sentence, at: number, end: number): boolean {
  // the head of a clause of past time («بعد الاتصال الهاتفي الذي جمعها ببيلستروم الشهر الماضي»)
  const headEnd = sentence.tokens[end - 1]!.end;
  // (past the title and the lede's first sentence, where such a clause may date the call itself)
  if (sentence.index > 1 && otherOccasionClauses(sentence).some((start) => start >= headEnd && /^[\s،,]*$/.test(sentence.norm.slice(headEnd, start)))) return true;
  const commaAfter = (token: number) => /[،,؛;:]/.test(sentence.norm.slice(sentence.tokens[token]!.end, sentence.tokens[token + 1]?.start ?? sentence.norm.length));
  for (let before = at - 1; before >= 0; before--) {
    if (commaAfter(before)) return false;
    const rest = EARLIER_OPENERS.get(sentence.tokens[before]!.norm);
    if (rest && rest.every((word, k) => sentence.tokens[before + 1 + k]?.norm === word)) return true;
  }
  return false;
}

/** How many words may stand between a word of setting up and the mechanism it sets up («إطلاق آلية جديدة باسم …»). */
const LAUNCH_REACH = 1;
/**
 * How many words may stand between a word of preparing and the mechanism, within its clause («التحضير لانعقاد الجولة
 * الجديدة من المشاورات بين البلدين بصيغة "2+2"، …»).
 */
const PREPARE_REACH = 12;
/** What ends the thing prepared: a comma, a semicolon, a colon, or the meeting it is prepared at («التحضير للقمة خلال الدورة الخامسة للمشاورات»), folded. */
const CLAUSE_BREAK = /[،,؛;:]|(?:^|\s)(?:خلال|اثناء|علي هامش)(?:\s|$)/;
/**
 * Words that set a body up («إطلاق», «تفعيل») or prepare its session («التحضير», «تمهيداً»), each with how far after it
 * a mechanism is the talks' subject, not their format.
 */
const launchIndex = buildPhraseIndex<{ reach: number; withinClause: boolean; callsToo: boolean }>([
  ...ruleTable.launchWords.map((word) => [word, { reach: LAUNCH_REACH, withinClause: false, callsToo: true }] as const),
  ...ruleTable.prepareWords.map((word) => [word, { reach: PREPARE_REACH, withinClause: true, callsToo: true }] as const),
  // («يبحثان الحوار الاستراتيجي»: the subject; «يبحثان هاتفيا»: how they talked)
  ...ruleTable.discussWords.map((word) => [word, { reach: LAUNCH_REACH, withinClause: false, callsToo: false }] as const),
]);
/** Verbs of agreeing, folded («يتفقان», «اتفقا»): what they agree «على» is the talks' subject. */
const AGREE_VERBS = new Set(TIME_MARKERS.agreementVerbs.map(normalizeForMatching));
/** How many words (a place, a manner: «يتفقان في طوكيو على») may stand between a verb of agreeing and its «على». */
const AGREE_REACH = 4;

/** The token positions right after an «على» that a verb of agreeing governs in its clause («يتفقان في طوكيو على مشاورات …»). */
function agreedObjects(sentence: Sentence): number[] {
  const starts: number[] = [];
  sentence.tokens.forEach((token, at) => {
    if (token.norm !== 'علي' || at + 1 >= sentence.tokens.length) return;
    for (let verb = at - 1; verb >= Math.max(0, at - 1 - AGREE_REACH); verb--) {
      if (CLAUSE_BREAK.test(sentence.norm.slice(sentence.tokens[verb]!.end, token.start))) break;
      if (AGREE_VERBS.has(sentence.tokens[verb]!.norm)) {
        starts.push(at + 1);
        break;
      }
    }
  });
  return starts;
}

/** Documents signed («مذكرة تفاهم»): what one is «ل», «حول» or «بشأن» is its subject. */
const memoIndex = buildPhraseIndex(ruleTable.memoWords.map((word) => [word, true] as const));
/** The words that tell a document's subject after it, folded («حول», «بشأن»). */
const ABOUT_WORDS = new Set(ruleTable.memoSubjectWords.map(normalizeForMatching));

/** The format of a call by phone or video. */
const CALL = 'phone-call';
/** Formats a text names as such (a call, a 2+2, a named dialogue or joint body): they win over who met. */
const NAMED_MECHANISMS = new Set(ruleTable.namedMechanisms);
/** A named mechanism must score at least this (a mention in the title or lede, or two strong ones in the body) to decide. */
const NAMED_MIN_SCORE = ruleTable.namedMinScore;

/** The formats found, and how the main one was told: named by the headline or lede, by who met, by body words, or not at all. */
export interface FormatsFound {
  format: string;
  formats: string[];
  warnings: string[];
  basis: 'named' | 'levels' | 'deputies' | 'received' | 'portfolios' | 'convention' | 'juniorHost' | 'keywords' | 'contradicted' | 'hosted' | 'none';
  /** The title or lede says the meeting was held by phone or video («عبر تقنية الاتصال المرئي»), whatever its format. */
  remote: boolean;
}

/**
 * Main format and all formats of the event: a mechanism the title, lede or body names (a call, a 2+2, a named dialogue
 * or joint body) decides; otherwise who met (levels of office per party, from sideLevels) decides; otherwise the
 * keyword rules do (background and future sentences ignored).
 */
export function detectFormats(sentences: Sentence[], levels: SideLevels = { all: new Map() }, host?: string): FormatsFound {
  // the meeting took place in a party's country (`host`)
  const hosted = host !== undefined;
  const scores = new Map<string, number>();
  // what the title, the lede and the next paragraph name: only there does a named mechanism decide the format
  const namedScores = new Map<string, number>();
  const supported = new Set<string>();
  // the mechanisms the title or the lede paragraph names in the same sentence as a call («حواراً وزارياً للطاقة عبر الفيديو»)
  const heldByCall = new Set<string>();
  // the formats the title or the lede paragraph names
  const toldByLede = new Set<string>();
  // the title and the first two paragraphs tell the event (a deck line may stand before the lede)
  const firstParagraph = sentences.find((sentence) => sentence.paragraph >= 0)?.paragraph ?? 0;
  const lede = ledeParagraphOf(sentences);
  const ledeEnd = sentences.findLast((sentence) => sentence.paragraph >= 0 && sentence.paragraph <= Math.max(firstParagraph + 1, lede))?.index ?? 1;
  const ledeParagraphEnd = sentences.findLast((sentence) => sentence.paragraph >= 0 && sentence.paragraph <= lede)?.index ?? 1;
  const groupsOf = sentences.map((sentence) => (sentence.background || sentence.future ? EMPTY_GROUPS : sentenceToKeywordGroups(sentence)));
  for (const [position, sentence] of sentences.entries()) {
    const groups = groupsOf[position]!;
    if (groups.size === 0) continue;
    // the title and the lede tell the event; the next paragraph less so; the rest is detail
    const place = sentence.index <= ledeParagraphEnd ? 3 : sentence.index <= ledeEnd ? 2 : 1;
    const matched = new Map<string, number>();
    for (const rule of rules) {
      if (rule.all.every((group) => groups.has(group)) && !(rule.none ?? []).some((group) => groups.has(group))) {
        matched.set(rule.format, Math.max(matched.get(rule.format) ?? 0, rule.weight * place));
        if (place > 1 || rule.weight >= 1.5) supported.add(rule.format);
      }
    }
    for (const [format, score] of matched) {
      scores.set(format, (scores.get(format) ?? 0) + score);
      if (place >= 2) namedScores.set(format, (namedScores.get(format) ?? 0) + score);
      if (place === 3 && format !== CALL && matched.has(CALL)) heldByCall.add(format);
      if (place === 3) toldByLede.add(format);
    }
  }
  for (const format of scores.keys()) if (!supported.has(format)) scores.delete(format);
  // a format another one makes redundant goes, whatever its score (a 2+2 is also a foreign ministers' meeting);
  // of two formats that drop each other (the two 2+2 levels) the higher score stays
  const dropsOf = (format: string) => new Set(rules.filter((rule) => rule.format === format).flatMap((rule) => rule.drops ?? []));
  for (const [format, score] of [...scores]) {
    for (const other of dropsOf(format)) {
      if (!scores.has(other) || !scores.has(format)) continue;
      if (!dropsOf(other).has(format) || score >= scores.get(other)!) scores.delete(other);
    }
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!);
  // a mechanism the same sentence says was held by phone or video is that mechanism, the call its second format
  // («حواراً وزارياً للطاقة عبر الفيديو»), whichever the words weigh more; not one named beside a call as background
  const isNamed = ([format]: [string, number]) => NAMED_MECHANISMS.has(format) && (namedScores.get(format) ?? 0) >= NAMED_MIN_SCORE;
  // a ministers' 2+2 that only the paragraph after the lede names, where deputies alone met on both sides: another
  // meeting of the two countries («إلى جانب استئناف الاجتماعات بصيغة "2+2" بين وزراء الخارجية والدفاع»: waterwort-06)
  const deputiesMet = pairOfDeputiesAlone(levels.lead ?? levels.all);
  const namedHeld = (entry: [string, number]) => isNamed(entry) && !(entry[0] === '2+2-ministerial' && deputiesMet && !toldByLede.has(entry[0]));
  const named = (ranked.find((entry) => namedHeld(entry) && heldByCall.has(entry[0])) ?? ranked.find(namedHeld))?.[0];
  // a visit told in a sentence of the event («وفي إطار الزيارة …», «زيارته الرسمية»)
  const visited = groupsOf.some((groups) => groups.has('visit') || groups.has('officialVisit'));
  // the title or lede says the talks were held on the sidelines of a multilateral meeting («على هامش الحوار …»), or the
  // paragraph after the lede does («جاء ذلك في لقاء ثنائي جمعهما في مدينة ديترويت، على هامش الاجتماع الوزاري …»)
  const sidelinesEnd = sentences.findLast((sentence) => sentence.paragraph >= 0 && sentence.paragraph <= lede + 1)?.index ?? 1;
  // (or the guest came for one: «الذي يزور اليابان للمشاركة في مراسم الجنازة»)
  const onSidelines = sentences.some((sentence) => sentence.index <= sidelinesEnd && !sentence.background && (isOnSidelines(sentence.norm) || isInTownForMultilateral(sentence.norm)));
  const byLead = levelsOfPairToFormat(levels.lead, visited, host, onSidelines);
  const byLevels = byLead ?? levelsOfPairToFormat(levels.all, visited, host, onSidelines);
  // a deputy calling on a minister in the minister's country (his visit), or a sector minister received by the host's
  // deputy («other»), when the title and lede name no format
  const toldInLede = ranked.some(([format]) => format !== 'other' && (namedScores.get(format) ?? 0) > 0 && !contradictsLevels(format, levels.all));
  const call = !named && !byLevels && host !== undefined && !toldInLede ? hostedLevelsToFormat(levels, host) : undefined;
  // of the formats the words tell, the first that those who met do not contradict («بحث نائب رئيس الجمهورية مع وزير
  // الخارجية الياباني …، في إطار الزيارة التي يقوم بها»: no foreign ministers' meeting, his visit)
  const first = ranked[0]?.[0];
  const told = first !== undefined && contradictsLevels(first, levels.all) ? (ranked.find(([format]) => (namedScores.get(format) ?? 0) > 0 && !contradictsLevels(format, levels.all))?.[0] ?? first) : first;
  // one side met by its ambassador alone, the other by one of its officials: the resident envoy's call, no visit and
  // no dialogue of the governments, when no mechanism is named (pair-41, dell-04, dell-06); so too when the other side
  // is someone of no office the tables know, in their own country (a party leader: pairs16's pair-69)
  const envoys = [...(levels.ambassadorsOnly ?? [])];
  const envoyCall = !named && envoys.length === 1 && ([...levels.all.keys()].some((code) => code !== envoys[0]) || (host !== undefined && host !== envoys[0])) ? 'other' : undefined;
  // a minister the host's deputies alone received: no visit told by words of it either
  const juniorHost = !named && !byLevels && !call && host !== undefined && (told === undefined || told === 'official-visit') && receivedByJuniorOnly(levels, host) ? 'other' : undefined;
  // a side met, over the whole event, by a parliament's people (a speaker, a member of parliament) or by senior officials
  // alone (a director general, a chief of staff, a vice president): no visit of a government's member, «other», whoever
  // receives them (glen-04, lupin-02, tulip-03; cedar-05, dale-09, oast-08); not an envoy who sits in the parliament (narcissus-06)
  // (officials only facing a leader or minister: facing no known office, theirs may be the talks' level, aspen-10)
  const sides = [...levels.all.values()];
  const outside = !named && !byLevels && sides.some((held) => outsideGovernment(held) && (held.has('legislator') || sides.some((other) => other !== held && holdsPoliticalOffice(other)))) ? 'other' : undefined;
  // words of a visit on a multilateral's sidelines («الذي يزور الدولة للمشاركة في أعمال المؤتمر»): the guest came for
  // the multilateral meeting, no visit to the other party
  const toldOnSidelines = onSidelines && told === 'official-visit' ? 'other' : told;
  // two deputies or senior officials, one calling on the other («في زيارة مجاملة» in the title or lede): a call, no
  // dialogue of the two ministries (elder-06, fir-04, indigo-06)
  const courtesyCall = !named && byLevels === DEPUTIES_FORMAT && sentences.some((sentence, position) => sentence.index <= ledeParagraphEnd && groupsOf[position]!.has(COURTESY_GROUP)) ? 'other' : undefined;
  // the same told as one receiving the other («استقبل نائب وزير الخارجية … وزير الدولة الياباني») and no format but a
  // visit named in the title or lede: a junior minister received only by the host's junior, «other» by the convention,
  // or a dialogue of two deputies the text does not name, for an editor to confirm (bugloss-04, knapweed-08, marigold-05)
  const receivedByDeputy = !named && !courtesyCall && byLevels === DEPUTIES_FORMAT && sentences.some((sentence, position) => sentence.index <= ledeParagraphEnd && groupsOf[position]!.has(RECEPTION_GROUP)) && !ranked.some(([format]) => format !== 'other' && format !== 'official-visit' && (namedScores.get(format) ?? 0) > 0) ? 'other' : undefined;
  // the readings in the order they decide; the first given is the main format, and says how it was told
  const readings = [['named', named], ['envoyCall', envoyCall], ['courtesyCall', courtesyCall], ['received', receivedByDeputy], ['levels', byLevels], ['outside', outside], ['call', call], ['juniorHost', juniorHost], ['told', toldOnSidelines]] as const;
  const [decidedBy, main] = readings.find(([, format]) => format !== undefined) ?? [undefined, undefined];
  const remote = (namedScores.get('phone-call') ?? 0) >= NAMED_MIN_SCORE;
  // nothing names the format and a side's offices are not known, but the meeting is in a party's country: the other
  // party's people came there — a visit when a sentence of the event tells one («في إطار زيارته»), else talks of no
  // mechanism with someone of no office the tables know, «other» (the corpora's labels, 2026-12-06: other on 14 such
  // pages, a visit on 9), either for an editor to confirm (a guest in town for a multilateral meeting is no visit)
  if (!main && host !== undefined && !onSidelines) {
    const [likelier, other] = visited ? (['official-visit', 'other'] as const) : (['other', 'official-visit'] as const);
    return { format: likelier, formats: [likelier, other], warnings: [`no dialogue format recognised and a side's offices unknown: the meeting in a party's country is set to "${likelier}", or "${other}", to be confirmed`], basis: 'hosted', remote };
  }
  if (!main) return { format: 'other', formats: ['other'], warnings: ['no dialogue format recognised: format set to "other"'], basis: 'none', remote };
  // the headline or lede naming the main format (a mechanism, or «قمة» agreeing with who met) is the surest reading
  // «قمة» in the lede may be the multilateral summit on whose sidelines two ministers met: words of a format of
  // levels (a summit, a foreign ministers' meeting) stand only when those who met hold them
  // two deputies who met, no mechanism named: a vice-ministerial dialogue, or a working group or a deputy's visit the
  // text does not name (right for 38 of 46 such pages of the corpora, 2026-12-04), for an editor to confirm
  // a foreign minister with another portfolio's minister: talks of no mechanism, or a visit, for an editor to confirm
  const levelsBasis = main === DEPUTIES_FORMAT ? 'deputies' : main === 'other' && pairOfOtherPortfolios(byLead ? levels.lead : levels.all) ? 'portfolios' : 'levels';
  // «other» not told by who met is a convention's (an ambassador's or a courtesy call, a side outside the government, a
  // minister received by a junior, a guest in town for a multilateral meeting): no words of the body name «other»
  // a junior of the host who received a guest of no office the text tells: «other» by the convention, or a dialogue of
  // two deputies the text does not name (the guest a deputy minister: jade-04, bladderwort-04), for an editor to confirm
  const unknownGuest = decidedBy === 'juniorHost' && guestOfficeUnknown(levels, host!);
  if (decidedBy === 'received') return { format: main, formats: [main, DEPUTIES_FORMAT, ...ranked.map(([format]) => format).filter((format) => format !== main && format !== DEPUTIES_FORMAT)], warnings: [], basis: 'received', remote };
  const basis = main !== byLevels && contradictsLevels(main, levels.all) ? 'contradicted' : (namedScores.get(main) ?? 0) >= NAMED_MIN_SCORE ? 'named' : main === byLevels ? levelsBasis : unknownGuest ? 'juniorHost' : main === 'other' ? 'convention' : 'keywords';
  // words of a foreign ministers' meeting or a summit where a side's offices say otherwise (a state minister with a
  // minister): the meeting is none of the named formats, and an editor is asked
  if (basis === 'contradicted') return { format: 'other', formats: ['other', ...ranked.map(([format]) => format)], warnings: [`the words say ${main}, but those who met do not hold its offices: format set to "other"`], basis, remote };
  const formats = [main, ...ranked.map(([format]) => format).filter((format) => format !== main)];
  // the next format told, past one they contradict, is a reading for an editor to confirm
  if (!named && !byLevels && !call && told !== first) return { format: main, formats, warnings: [`the words say ${first}, but those who met do not hold its offices: format set to ${main}, which the words tell too, to be confirmed`], basis: 'contradicted', remote };
  return { format: main, formats, warnings: [], basis, remote };
}
