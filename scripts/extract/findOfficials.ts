import { HOME_COUNTRY } from '../../src/config.ts';
import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { isStopword } from '../../src/arabic/stopwords.ts';
import { EVENT_CUES } from '../../src/data/index.ts';
import { inMultilateralClause } from './inMultilateralClause.ts';
import { diedBefore, distinctAliases, familyNameAfter, gazetteerById, gazetteerIndex, holdsOfficeOn, inOfficeOn, insideLongerName, otherGivenNameAfterTitle, otherGivenNameBeside, roleAsWritten, roleOnDay, roleOnDayAsWritten, surelyOtherGivenNameBefore, withMiddleName } from './gazetteerPeople.ts';
import type { Official } from '../../src/schemas/event.ts';
import type { CountryOccurrence } from './findCountries.ts';
import { buildPhraseIndex, findPhrases, matchPhraseAt, type PhraseMatch } from './phraseIndex.ts';
import { absenceFramesOf, isAbsent } from './absenceFrames.ts';
import { dualCounterpartToPeople, dualTitleAt, dualTitleEachWithPortfolioToPeople, dualTitleOneOfficeToPeople, dualTitleToPeople, dualTitleWithNisbasToPeople } from './dualTitle.ts';
import { isPlausibleName, isWrittenIndefinite } from './isPlausibleName.ts';
import { ENVOY_ROLE, envoyBeside, holdsEnvoysPrincipalOffice, isEnvoyPrincipal, isIndefiniteEnvoysPrincipal, isPrincipalTitle } from './envoyWords.ts';
import { shortNamesOfFullNames } from './shortNamesOfFullNames.ts';
import { isHeadlineVisitSubject } from './headlineVisitSubject.ts';
import { attachedMinisterNameAt, opensWithListConjunction, personAtTitle } from './readPersonName.ts';
import { ATTACHED_TO, DELEGATION_HEAD_ROLE, HONORIFICS, isCommonWord, isCueWord, titleIndex, titlesIn } from './nameWords.ts';
import { isInChargeWord, skipTitleComplement } from './titleComplement.ts';
import { asFormerRole, formerInApposition, isFormer, isLate } from './formerOffice.ts';
import { isFeminineLead, isFeminineTitle } from './isFeminineTitle.ts';
import { relativeClauseStart } from './relativeClause.ts';
import { inOpenedClause, openedClausesOf } from './openedClauses.ts';
import { inClauseOf, otherOccasionClauses } from './otherOccasionClauses.ts';
import { datedVisitStarts } from './datedVisits.ts';
import { attendanceWordsIn, namesParticipants } from './namesParticipants.ts';
import { delegationMembersIn } from './delegationMembers.ts';
import { ledeParagraphOf, originalSpelling, type Sentence } from './sentences.ts';
import { commaBetween } from './commaBetween.ts';
import { countryNear, countryOfListBefore, isDelegationWord } from './countryOfPerson.ts';
import { addressesPerson, counterpartTitles, isHonorific, officeAfterHonorific, officeTitleAfterHonorific, roleWithPortfolio } from './officeOfPerson.ts';
import { roleToLevel } from './roleToLevel.ts';
import { arabicNameToSlug } from './transliterate.ts';
import { GAZETTEER_NAME_WORDS } from './gazetteerNameWords.ts';

/** People who took part, and names found by title that the gazetteer does not know. */
export interface OfficialsFound {
  officials: Official[];
  unconfirmed: string[];
  /** Officials whose country the text did not tell. */
  withoutCountry: string[];
  /** The title or lede tells the visit as a series of meetings («سلسلة من الاجتماعات»): every meeting of it is the event's. */
  visitSeries: boolean;
  /** Gazetteer people the text reads as taking part who had died by the event's day (Abe at his state funeral): left out. */
  mourned: string[];
}

/** Words of a visit told as a series of meetings («سلسلة من الاجتماعات»): the event is the visit, all its meetings. */
const visitSeriesIndex = buildPhraseIndex(EVENT_CUES.visitSeriesMarkers.map((word) => [word, true] as const));
const spokespersonIndex = buildPhraseIndex(EVENT_CUES.spokespersonTitles.map((title) => [title, true] as const));
/** How many words after a name its spokesperson's office may stand («X، المتحدث الرسمي …»). */
const SPOKESPERSON_REACH = 2;

/** Whether a spokesperson's office stands as the title or right after the name [start, end): the person reports the talks. */
function isSpokesperson(sentence: Sentence, start: number, end: number, titleStart?: number): boolean {
  return findPhrases(spokespersonIndex, sentence.tokens).some((office) => office.start === titleStart || (office.start >= end && office.start - end < SPOKESPERSON_REACH) || (office.end <= start && start - office.end < SPOKESPERSON_REACH));
}
/** Words that link the parts of an Arabic name: what follows them is an ancestor's name. */
const LINK_WORDS = new Set(['بن', 'بنت', 'ابن']);

function spellingOf(sentence: Sentence, start: number, end: number, prefix = ''): string {
  const raw = originalSpelling(sentence, sentence.tokens[start]!.start, sentence.tokens[end - 1]!.end);
  return prefix && !prefix.startsWith('لل') ? raw.slice(prefix.length) : raw;
}

/**
 * Where the offices written right before the name at token `at` begin («وزير النفط وزير الإعلام رئيس مجلس إدارة
 * المؤسسة … الشيخ X»: the first «وزير»), each office's complement read as a title's is, up to the next office or past it; `at`
 * itself when no office stands there.
 */
function titleChainStart(sentence: Sentence, titles: readonly PhraseMatch<string>[], at: number, blocked: Set<number>, gazetteerMatches: readonly { start: number }[]): number {
  let start = at;
  for (let title = titles.findLast((candidate) => candidate.end <= start); title && skipTitleComplement(sentence, title.end, blocked, gazetteerMatches) >= start; title = titles.findLast((candidate) => candidate.end <= start)) {
    start = title.start;
  }
  return start;
}

/**
 * The people who took part: gazetteer people and people introduced by a title ("نائب وزير الخارجية X", "X، السفير …")
 * named in a sentence that tells the meeting (a meeting word, not background, not a plan), outside a frame that says
 * they were not there («نقل تحيات X»), and not former office-holders. A family name several people share is read as
 * the one in office on the event's day. Roles are those held on that day.
 */
export function findOfficials(
  sentences: Sentence[],
  countries: CountryOccurrence[],
  eventDay?: string,
  otherTimes: ReadonlySet<number> = new Set(),
  otherTimeAsides: ReadonlyMap<number, readonly number[]> = new Map(),
): OfficialsFound {
  const known = new Map<string, { spellings: Set<string>; took: boolean; writtenTitle?: string | undefined; formerEnvoy?: boolean; formerInLede?: boolean; formerSeen?: boolean }>();
  const found = new Map<string, Official>();
  const unconfirmed = new Set<string>();
  const withoutCountry: string[] = [];
  const countriesBySentence = new Map<number, CountryOccurrence[]>();
  // a capital after a title is no person's name either («سفير بيونغ يانغ المكلف بمحادثات التطبيع»), though it tells no
  // one's nationality
  const capitalsBySentence = new Map<number, CountryOccurrence[]>();
  for (const country of countries) {
    if (country.kind === 'capital') {
      capitalsBySentence.set(country.sentence, [...(capitalsBySentence.get(country.sentence) ?? []), country]);
      // (but the capital a delegation is named by is its country: «فيما يرأس وفد بيونغ يانغ السفير X»)
      if (!isDelegationWord(sentences[country.sentence]?.tokens[country.start - 1]?.norm ?? '')) continue;
    }
    const list = countriesBySentence.get(country.sentence);
    if (list) list.push(country);
    else countriesBySentence.set(country.sentence, [country]);
  }
  const ledeParagraph = ledeParagraphOf(sentences);
  // the title or lede tells a series of meetings («خلال سلسلة من الاجتماعات مع كبار المسؤولين»): every meeting of the visit is the event's
  // (not «بحضور عدد من كبار المسؤولين»: those who attended this meeting)
  const visitSeries = sentences.some((sentence) => sentence.paragraph <= ledeParagraph + 1 && findPhrases(visitSeriesIndex, sentence.tokens).some((match) => !attendedBy(sentence, match.start)));
  // A family name alone («جودة», «عباس», «آبي») is also a word or another person's name: it names a gazetteer person
  // only when the article names them in full somewhere, or a title stands right before it.
  const namedInFull = new Set<string>();
  // (the sentence where each is first named in full)
  const firstNamedInFull = new Map<string, number>();
  const gazetteerMatchesOf = shortNamesOfFullNames(sentences, sentences.map((sentence) => findPhrases(gazetteerIndex, sentence.tokens)));
  gazetteerMatchesOf.forEach((matches, position) => {
    for (const match of matches) {
      if (match.end - match.start < 2 || match.value.length !== 1) continue;
      namedInFull.add(match.value[0]!);
      if (!firstNamedInFull.has(match.value[0]!)) firstNamedInFull.set(match.value[0]!, position);
    }
  });
  // a Japanese family name the article gives someone else in full («تاتسو هيرانو», not the gazetteer's Hirofumi Hirano): alone
  // («الوزير هيرانو»), it is that person's too
  const otherBearers = new Set<string>();
  // of a person named in full too, when another bearer, his given name sure, is named in full first («تاكاشي أوكادا» in
  // the lede, «كاتسويا أوكادا» in background: pair-214, pair-265; not «نجل رئيس الوزراء الأسبق ياسوهيرو ناكاسوني» after
  // the lede's «هيروفومي ناكاسوني», betony-06): the name alone is likelier the first one's
  const namedFirstByOther = new Set<string>();
  gazetteerMatchesOf.forEach((matches, position) => {
    for (const match of matches) {
      const id = match.value[0]!;
      if (match.end - match.start !== 1 || match.value.length !== 1 || gazetteerById.get(id)!.country !== HOME_COUNTRY) continue;
      if (!namedInFull.has(id)) {
        if (otherGivenNameBeside(sentences[position]!, match.start, gazetteerById.get(id)!)) otherBearers.add(id);
      } else if (position < firstNamedInFull.get(id)! && surelyOtherGivenNameBefore(sentences[position]!, match.start, gazetteerById.get(id)!)) namedFirstByOther.add(id);
    }
  });
  // the portfolios of the last dual title («وزيرا الخارجية والدفاع»), which a dual counterpart («نظيريهما») holds too
  let dualRoles: readonly [string, string] | undefined;
  for (const [position, sentence] of sentences.entries()) {
    const inSentence = countriesBySentence.get(sentence.index) ?? [];
    const blocked = new Set<number>();
    const event = namesParticipants(sentence, ledeParagraph, otherTimes, visitSeries);
    const frames = event ? absenceFramesOf(sentence) : [];
    const clauses = event ? openedClausesOf(sentence) : [];
    // a relative clause that holds a date of another time («خلال الزيارة التي قام بها X إلى مدريد في 2018») tells another meeting
    // and so does one past the lede that holds a word of past time or a year («القمة التي جمعت X وY الأسبوع الماضي»)
    // (and the clause of another time that made the sentence background: «…، إذ يحتفظ رئيس الوزراء Z بالحقيبة منذ … الماضي»)
    // (and a visit dated by a month of its own: «بمناسبة زيارة رئيسة وزراء ليتوانيا Z إلى اليابان في أكتوبر الماضي»)
    const asideClauses = [...(otherTimeAsides.get(sentence.index) ?? []).flatMap((at) => relativeClauseStart(sentence.norm, at) ?? []), ...(sentence.asideFrom === undefined ? [] : [sentence.asideFrom]), ...otherOccasionClauses(sentence, sentence.paragraph > ledeParagraph), ...datedVisitStarts(sentence, eventDay)];
    const inAsideClause = (at: number) => inClauseOf(sentence, asideClauses, at);
    // (or in what one side told the other: «أبلغ X نظيره Y أن رئيس الوزراء Z سيزور …»)
    const inOtherClause = (at: number) =>
      inAsideClause(at) ||
      (sentence.toldFrom !== undefined && sentence.tokens[at]!.start >= sentence.toldFrom) || inMultilateralClause(sentence, at) || inOpenedClause(sentence, clauses, at);
    const gazetteerMatches: PhraseMatch<string>[] = [];
    const titlesHere = titlesIn(sentence);
    const titleEnds = new Set(titlesHere.map((title) => title.end));
    const countryTokens = new Set(inSentence.flatMap((country) => Array.from({ length: country.end - country.start }, (_, k) => country.start + k)));
    // the title written right before a name, past its country («وزير الشؤون الخارجية الياباني، فوميو كيشيدا»)
    // or, behind a form of address, the office written after the name («السيد بدر بن حمد البوسعيدي الأمين العام لوزارة الخارجية»)
    // («مع نظيره الياباني فوميو كيشيدا» after «وزير الخارجية»: the counterpart holds the office of the title before it)
    const writtenTitleOf = (start: number, end: number) => {
      const right = (to: number) => titlesHere.findLastIndex((title) => title.end <= to && to - title.end <= 2 && Array.from({ length: to - title.end }, (_, k) => title.end + k).every((at) => countryTokens.has(at)));
      let at = right(start);
      // (not the minister an office is attached to, right before the name: «كاتب الدولة لدى وزير الشؤون الخارجية صبري باش
      // طبجي» holds the office before «لدى»)
      if (at >= 0 && sentence.tokens[titlesHere[at]!.start - 1]?.norm === ATTACHED_TO) at = -1;
      // an office with its portfolio or the minister it is attached to before the name («وزيرة التجارة الدولية البريطانية
      // ليز تراس», «كاتب الدولة لدى وزير الشؤون الخارجية والهجرة …، محمد علي النفطي»): that office, as for a name the
      // gazetteer does not know
      const officeWithPortfolio = (before: number) => {
        const office = titlesHere.findLast((title) => title.end < before && sentence.tokens[title.start - 1]?.norm !== ATTACHED_TO && !counterpartTitles.has(title.value) && !isHonorific(normalizeForMatching(title.value)) && skipTitleComplement(sentence, title.end, blocked, gazetteerMatchesOf[position]!) === before);
        return office && roleWithPortfolio(sentence, office.value, office.end, before, countryTokens);
      };
      if (at < 0) {
        const office = officeWithPortfolio(start);
        if (office) return office;
      }
      // «المبعوث الخاص لرئيس الوزراء الياباني ماساهيكو كومورا»: the office behind «ل» right after another is its
      // principal's; the name is the first office's holder (sideLevels passes the principal over too)
      if (isPrincipalTitle(titlesHere, at)) at--;
      // a form of address right before the name may follow the office: «وزير الخارجية الإثيوبي الدكتور تيدروس …»
      const address = titlesHere[at];
      if (address && isHonorific(normalizeForMatching(address.value)) && officeTitleAfterHonorific(sentence, address.value, end) === undefined) {
        if (right(address.start) >= 0) at = right(address.start);
        // … with its portfolio before the form of address: «مساعد وزير الخارجية الإيراني للشؤون القانونية والدولية السيد عباس عراقجي»
        else if (address.end === start) {
          const office = officeWithPortfolio(start);
          if (office) return office;
        }
      }
      const title = titlesHere[at]?.value;
      // (a bare «وزير» before it, its portfolio written after, tells no office: «وزير العلاقات الخارجية الأنغولي»; nor
      // does a form of address, «وزير الخارجية الإثيوبي الدكتور تيدروس … مع نظيره الياباني»)
      if (title !== undefined && counterpartTitles.has(title)) {
        const office = titlesHere.slice(0, at).findLast((before) => !counterpartTitles.has(before.value) && !isHonorific(normalizeForMatching(before.value)))?.value;
        const level = office === undefined ? undefined : roleToLevel(office);
        return level !== undefined && level !== 'minister' ? office : title;
      }
      return title === undefined ? undefined : (officeTitleAfterHonorific(sentence, title, end) ?? title);
    };
    // the minister an office is attached to, named after it («لدى وزير الشؤون الخارجية والتعاون صلاح الدين مزوار»), is not the office-holder at the meeting
    const attachedNames = new Set(titlesHere.flatMap((title) => attachedMinisterNameAt(sentence, title, blocked, gazetteerMatchesOf[position]!) ?? []));
    for (const match of gazetteerMatchesOf[position]!) {
      // a shared family name is the person in office on the day, if exactly one of them was
      const candidates = match.value.length > 1 ? match.value.filter((id) => inOfficeOn(gazetteerById.get(id)!, eventDay)) : match.value;
      if (candidates.length !== 1) continue;
      // «عبدالعزيز بن [سلمان بن عبدالعزيز]»: a name after بن is a father's, inside a longer name
      if (LINK_WORDS.has(sentence.tokens[match.start - 1]?.norm ?? '')) continue;
      // «محمد بن عبدالعزيز [بن صالح] الخليفي»: a family name that opens with «بن» right after a name word is a forebear's
      // inside a longer name, not the gazetteer's «بن صالح»
      // (a name word, not a title's «الأول» of «الوزير الأول بن عبدالرحمان»: no article unless after «عبد»)
      if (LINK_WORDS.has(sentence.tokens[match.start]!.norm) && !titleEnds.has(match.start) && isNameWordBefore(sentence, match.start)) continue;
      const single = match.end - match.start === 1;
      // a title right before, or one given name between («وزير الخارجية جيمس كليفرلي»); not a particle or a comma
      // between («نائب وزير الخارجية، فيما ترأس …»: «ترأس» folds to Truss's «تراس»)
      const between = sentence.tokens[match.start - 1]?.norm ?? '';
      const particle = isStopword(between) && !between.startsWith('ال');
      // (not a word of the language between: «الكاتبة العامة لقطاع الصيد البحري» names no Habib Essid; nor «المكلف», whose
      // errand follows: «كاتبة الدولة المكلفة بالصيد البحري»)
      const titled = titleEnds.has(match.start) || (titleEnds.has(match.start - 1) && !particle && !isCommonWord(between) && !isInChargeWord(between) && !commaBetween(sentence, match.start - 2, match.start));
      // a family name that is also the country's nisba read here («وزير الخارجية السوداني علي الصادق») is the nisba,
      // though a title stands before it, unless the article names the person in full («محمد شياع السوداني»)
      if (single && !namedInFull.has(candidates[0]!) && (!titled || countryTokens.has(match.start) || otherBearers.has(candidates[0]!))) continue;
      // the family name alone of a person named in full after another bearer of it was: the other's
      if (single && namedFirstByOther.has(candidates[0]!)) continue;
      // a family name beside a given name that is not this person's («أكيهيرو نيشيمورا», «أوكادا ناوكي») is someone else;
      // of a person the article names in full, only when the other given name stands after a title («السفير ماساهارو كونو»)
      const official = gazetteerById.get(candidates[0]!)!;
      // a family name alone, of someone the gazetteer has out of office on the day and the article never names in full
      // («نائب وزير الخارجية جمال بارو» in 2013 is no Jean-Noël Barrot), is another bearer of the name
      if (single && !namedInFull.has(candidates[0]!) && !inOfficeOn(official, eventDay)) continue;
      if (single && (namedInFull.has(candidates[0]!) ? otherGivenNameAfterTitle(sentence, match.start, official, titleEnds) : otherGivenNameBeside(sentence, match.start, official))) continue;
      // «الوزير الأول عباس الفاسي»: a single word of the person's followed by another family name is someone else's given name
      if (single && !countryTokens.has(match.end) && !titlesHere.some((title) => title.start === match.end) && familyNameAfter(sentence, match.end, gazetteerById.get(candidates[0]!)!, isWordOfTables)) continue;
      // «بنديتو دوس سانتوس فريتاس»: a family name of two words inside a longer name is someone else's
      if (!single && !titleEnds.has(match.start) && !titlesHere.some((title) => title.start === match.end) && insideLongerName(sentence, match.start, match.end, gazetteerById.get(candidates[0]!)!, isWordOfTables)) continue;
      for (let at = match.start; at < match.end; at++) blocked.add(at);
      const id = candidates[0]!;
      gazetteerMatches.push({ ...match, value: id });
      const entry = known.get(id) ?? { spellings: new Set<string>(), took: false };
      entry.spellings.add(spellingOf(sentence, match.start, match.end, match.prefix));
      // (a counterpart's «نظيره» after a bare «الوزير» tells no office: a later sentence's title does, «وزير الخارجية … نظيره الياباني X»)
      if (entry.writtenTitle === undefined || counterpartTitles.has(entry.writtenTitle)) entry.writtenTitle = writtenTitleOf(match.start, match.end) ?? entry.writtenTitle;
      // a former office-holder sent as an envoy takes part («المبعوث الخاص …، وزير الخارجية الأسبق X»): his office's
      // former word frames no absence then
      const envoy = envoyBeside(sentence, match.start, match.end);
      const framesHere = envoy ? frames.filter((frame) => !isFormer(sentence, frame.start, frame.end)) : frames;
      const former = isFormer(sentence, match.start - 3, match.start) || isFormer(sentence, match.end, match.end + 1) || formerInApposition(sentence, match.end);
      // («المبعوث الخاص لرئيسة الوزراء اليابانية X», «مبعوث آبي يسلّم …»: who sent the envoy, not at the talks)
      // («وصرح السفير بدر عبد العاطي، المتحدث الرسمي باسم وزارة الخارجية، بأن …»: who reports the talks did not hold them)
      const principal = isEnvoyPrincipal(sentence, match.start) || holdsEnvoysPrincipalOffice(sentence, titlesHere, match.start, (at) => countryTokens.has(at) || HONORIFICS.has(sentence.tokens[at]!.norm), holdsOfficeOn(official, eventDay) ? roleToLevel(roleOnDay(official, eventDay)) : undefined);
      // (a frame reaches the name across the offices written before it: «رسالة من وزير النفط وزير الإعلام رئيس مجلس إدارة
      // مؤسسة البترول الكويتية الشيخ X»)
      // (the frame's first person only: no other name between, «رسالة من جلالة الملك عبدالله الثاني إلى رئيس الوزراء …»)
      const chainStart = titleChainStart(sentence, titlesHere, match.start, blocked, gazetteerMatchesOf[position]!);
      const absent = isAbsent(match.start, framesHere) || (chainStart < match.start && isAbsent(chainStart, framesHere.filter((frame) => !gazetteerMatchesOf[position]!.some((other) => other.start >= frame.end && other.start < chainStart))));
      // (in the headline, the subject of a visit or summit the story is about: «متابعة نتائج زيارة حسينة لطوكيو»)
      const visitSubject = isHeadlineVisitSubject(sentence, chainStart, gazetteerMatches.slice(0, -1), match.prefix.startsWith('و'));
      if (event && !attachedNames.has(match.start) && !absent && !visitSubject && !inOtherClause(match.start) && !principal && (!former || envoy) && !isSpokesperson(sentence, match.start, match.end)) {
        entry.took = true;
        entry.formerEnvoy ||= former;
      }
      // named as a former office-holder somewhere («رئيس الوزراء الياباني الأسبق ياسو فوكودا», then «وأكد فوكودا …»):
      // if he took part, it was out of that office
      if (former && !envoy) entry.formerSeen = true;
      // a former office-holder in the lede's first sentence, not the late one («الراحل»): the guest when his side has no one else
      if (former && !envoy && event && sentence.paragraph === ledeParagraph && sentence.firstInParagraph && !attachedNames.has(match.start) && !isAbsent(match.start, frames.filter((frame) => !isFormer(sentence, frame.start, frame.end))) && !inOtherClause(match.start) && !principal && !isLate(sentence, match.start - 3, match.end + APPOSITION_REACH)) entry.formerInLede = true;
      known.set(id, entry);
    }
    // (a capital only right after a title, its complement: «وزير الخارجية الياباني في باريس» is where he is)
    const capitalsAfterTitles = (capitalsBySentence.get(sentence.index) ?? []).filter((capital) => titlesHere.some((title) => title.end === capital.start));
    for (const country of [...inSentence, ...capitalsAfterTitles]) for (let at = country.start; at < country.end; at++) blocked.add(at);
    if (!event) continue;
    let lastRole = '';
    for (const match of gazetteerMatches) lastRole ||= roleOnDay(gazetteerById.get(match.value)!, eventDay);
    // who this sentence names, where each name ends and its country: a list of attendees names one side
    const named = gazetteerMatches.map((match) => ({ end: match.end, country: gazetteerById.get(match.value)!.country }));
    const attendance = attendanceWordsIn(sentence).length > 0;
    // a person the gazetteer does not know, read at tokens [start, end): listed for an editor to confirm
    // the names read here so far: a title's complement ends at one, as at a gazetteer name («وزير التخطيط الدكتور مهدي
    // الحافظ، بحسب مصدر …»: «الدكتور» reads no second name past him)
    const readNames: PhraseMatch<string>[] = [];
    const addUnknown = (id: string, name: string, country: string | undefined, role: string, start: number, end: number) => {
      readNames.push({ value: id, start, end, prefixed: false, prefix: '' });
      named.push({ end, country: country ?? '' });
      if (!country) withoutCountry.push(id);
      found.set(id, { id, name, aliases: [], country: country ?? '', role });
      unconfirmed.add(name);
      for (let at = start; at < end; at++) blocked.add(at);
    };
    for (const title of titlesHere) {
      // «الوزير المنتدب لدى وزير الشؤون الخارجية …»: the minister an office is attached to is not the person's office
      if (sentence.tokens[title.start - 1]?.norm === ATTACHED_TO) continue;
      // "نظيره الفلبيني X" has the role of the person met before: "وزير الخارجية … نظيره" is a foreign minister
      // a form of address right after an office («وزير التجارة الدولية والصناعة داتو سري مصطفى محمد»): the office is the role
      const previous = titlesHere[titlesHere.indexOf(title) - 1];
      // (a prince's title too: «وزير الطاقة السعودي الأمير عبد العزيز بن سلمان» is the energy minister, not an emir)
      const addressAfterOffice = previous !== undefined && addressesPerson(title.value) && !addressesPerson(previous.value) && !counterpartTitles.has(previous.value) && title.start - previous.end <= PORTFOLIO_WORDS;
      // «المبعوث الخاص لرئيس الوزراء الياباني X»: a title behind «ل» right after another is the principal's; X holds the first
      const principal = previous !== undefined && isPrincipalTitle(titlesHere, titlesHere.indexOf(title));
      const role = counterpartTitles.has(title.value) ? lastRole : principal ? previous.value : addressAfterOffice ? roleWithPortfolio(sentence, previous.value, previous.end, title.start, blocked) : title.value;
      if (!counterpartTitles.has(title.value)) lastRole = title.value;
      // (a former office-holder in the lede's first sentence of the talks is the one they were held with: «استقبل نائب وزير
      // الخارجية … الرئيس التشيلي الأسبق إدواردو فراي», «مباحثات مع الوزير الأول الياباني الأسبق …»: coltsfoot-07,
      // hackberry-04), as the gazetteer's are (formerInLede)
      const formerGuest = event && sentence.paragraph === ledeParagraph && sentence.firstInParagraph;
      const span = personAtTitle(sentence, title, blocked, readNames.length > 0 ? [...gazetteerMatches, ...readNames] : gazetteerMatches, formerGuest);
      if (!span) continue;
      const [start, end] = span;
      // «وترأس الجانب الماليزي الأمين العام لوزارة الخارجية X»: the office written between the delegation's head and the
      // name is the person's role; that title reads the name
      if (title.value === DELEGATION_HEAD_ROLE && titlesHere.some((other) => other.start >= title.end && other.start < start)) continue;
      // a former office-holder read at his old office only because he came as an envoy (personAtTitle) holds the envoy's errand
      const formerWritten = isFormer(sentence, title.end, Math.max(start, title.end + 2)) || isFormer(sentence, end, end + 1);
      const formerEnvoy = formerWritten && (!formerGuest || envoyBeside(sentence, start, end));
      // (the former guest holds his old office no more: «الرئيس السابق», no leader's level)
      const formerGuestHere = formerWritten && !formerEnvoy;
      // (not the late, «أمير البلاد الراحل»; nor one whose side already has someone, «بسبب قضية الرئيس البيروفي الأسبق X»
      // after the talks of «الرئيس البيروفي آلان جارسيا»: glen-02)
      if (formerGuestHere) {
        const side = countryNear(sentence, inSentence, title.start, title.end, start, end);
        const sideHasSomeone = side !== undefined && ([...found.values()].some((other) => other.country === side) || [...known.keys()].some((other) => gazetteerById.get(other)!.country === side));
        if (isLate(sentence, title.end, start) || sideHasSomeone) continue;
      }
      const name = spellingOf(sentence, start, end, opensWithListConjunction(sentence, start) ? 'و' : '');
      const id = arabicNameToSlug(name);
      if (!id || found.has(id) || isAbsent(title.start, frames) || inOtherClause(title.start) || !isPlausibleName(name, isWomansTitle(sentence, title)) || isWrittenIndefinite(sentence, start, end) || isSpokesperson(sentence, start, end, title.start)) continue;
      // «ممثلاً للرئيس X», «ممثلة لرئيس الجمهورية X»: the one an indefinite envoy's word says was represented was not there
      if (isIndefiniteEnvoysPrincipal(sentence, title.start, title.prefix)) continue;
      // (a title right after an office and the name of its country takes that country: «ولي عهد مملكة تونغا الأمير X»;
      // a nisba there is the office's own person's, «رئيس الوزراء الفلسطيني السفير …», a country after «لدى» the host's)
      const officeCountry = previous && !counterpartTitles.has(previous.value) ? inSentence.find((found) => found.kind === 'name' && found.start >= previous.end && found.end === title.start && sentence.tokens[found.start - 1]?.norm !== ATTACHED_TO) : undefined;
      const country =
        countryNear(sentence, inSentence, title.start, title.end, start, end) ??
        officeCountry?.code ??
        (attendance ? countryOfListBefore(sentence, title.start, name, named) : undefined);
      // a form of address behind «و» right before the name («… والسيد أحمد عرنوس معاون وزير الخارجية») opens the next
      // person of a list: the office written after the name is theirs, the title before it the previous person's
      const before = sentence.tokens[start - 1]?.norm ?? '';
      const address = start > title.end && before.startsWith('و') && HONORIFICS.has(before.slice(1)) ? before.slice(1) : title.value;
      const office = officeAfterHonorific(sentence, address, end, blocked) ?? (start > title.end ? roleWithPortfolio(sentence, role, title.end, start, blocked) : role);
      addUnknown(id, name, country, formerEnvoy ? ENVOY_ROLE : formerGuestHere ? asFormerRole(office) : office, start, end);
    }
    // «وترأس الجانب الصيني X، ويرافقه وو قوي هوي المسؤول في …»: a member named before an office no title holds, of
    // the side of the head named before him
    for (const member of delegationMembersIn(sentence, blocked)) {
      const name = spellingOf(sentence, member.start, member.end);
      const id = arabicNameToSlug(name);
      if (!id || found.has(id) || isAbsent(member.start, frames) || inOtherClause(member.start) || !isPlausibleName(name)) continue;
      const head = named.filter((person) => person.end <= member.start).sort((a, b) => a.end - b.end).at(-1);
      addUnknown(id, name, head?.country || undefined, member.office, member.start, member.end);
    }
    // «وزيرا الخارجية والدفاع الأمريكيان X وY»: two people, one portfolio each, of the country between
    // «… مع نظيريهما الأستراليين X وY»: two people of the country between, with the dual title's portfolios
    for (let at = 0; at < sentence.tokens.length; at++) {
      dualRoles = dualTitleAt(sentence, at, countryTokens)?.roles ?? dualRoles;
      const people = [...dualTitleToPeople(sentence, at, countryTokens, blocked), ...dualCounterpartToPeople(sentence, at, countryTokens, blocked, dualRoles ?? [lastRole, lastRole])];
      // «وزيرا الدفاع الياباني X والفنلندي Y»: one portfolio, each name behind its nisba
      const withNisbas = people.length === 0 ? dualTitleWithNisbasToPeople(sentence, at, inSentence.filter((country) => country.kind === 'nisba'), blocked) : [];
      // «وزيرا الدولة التركيان X وY»: one portfolio, both names after it
      const oneOffice = people.length === 0 && withNisbas.length === 0 ? dualTitleOneOfficeToPeople(sentence, at, countryTokens, blocked) : [];
      // «وزيرا النفط X والصناعة والمعادن Y»: each name after its own portfolio
      const eachWithPortfolio = people.length === 0 && withNisbas.length === 0 && oneOffice.length === 0 ? dualTitleEachWithPortfolioToPeople(sentence, at, countryTokens, blocked) : [];
      for (const person of [...people, ...withNisbas, ...oneOffice, ...eachWithPortfolio]) {
        const name = spellingOf(sentence, person.start, person.end, person.prefix);
        const id = arabicNameToSlug(name);
        if (!id || found.has(id) || isAbsent(at, frames) || inOtherClause(at) || !isPlausibleName(name) || isWrittenIndefinite(sentence, person.start, person.end)) continue;
        addUnknown(id, name, person.country ?? countryNear(sentence, inSentence, at, at + 1, person.start, person.end), person.role, person.start, person.end);
      }
    }
  }
  const officials: Official[] = [];
  // a person the gazetteer has dead by the event's day was mourned or remembered there, not met («مراسم الجنازة الرسمية لآبي»)
  const mourned: string[] = [];
  for (const [id, entry] of known) {
    if ((!entry.took && !entry.formerInLede) || !diedBefore(gazetteerById.get(id)!, eventDay)) continue;
    mourned.push(id);
    entry.took = entry.formerInLede = false;
  }
  const sidesTaking = new Set([...known].filter(([, entry]) => entry.took).map(([id]) => gazetteerById.get(id)!.country));
  for (const official of found.values()) if (official.country) sidesTaking.add(official.country);
  for (const [id, entry] of known) if (!entry.took && entry.formerInLede && !sidesTaking.has(gazetteerById.get(id)!.country)) entry.took = true;
  for (const [id, entry] of known) {
    if (!entry.took) continue;
    const official = gazetteerById.get(id)!;
    const aliases = distinctAliases(official.name, [...official.aliases, ...entry.spellings]);
    // without the event's day the gazetteer's latest office is a guess: the title the text gives the person is surer
    // («وزير الشؤون الخارجية فوميو كيشيدا» in an undated story is the foreign minister, not the later prime minister)
    // (a former office-holder sent as an envoy holds the envoy's errand, not the office he left)
    const held = entry.formerEnvoy ? ENVOY_ROLE : eventDay === undefined ? roleAsWritten(official, entry.writtenTitle) : roleOnDayAsWritten(official, eventDay, entry.writtenTitle);
    const role = entry.formerSeen && !entry.formerEnvoy && !holdsOfficeOn(official, eventDay) ? asFormerRole(held) : held;
    officials.push({ id, name: official.name, aliases, country: official.country, role });
  }
  // one person named in full and shorter («بدر بن سعود بن حارب البوسعيدي», «بدر بن سعود بن حارب») is listed once, in full
  const unknown = [...found.values()].filter((official) => !known.has(official.id));
  for (const official of unknown) {
    // (of another country too when both hold the same office: a headline's «الرئيس حسن شيخ», read with the other side's
    // nisba beside it, is «الرئيس الصومالي حسن شيخ محمود»)
    // (or with middle names between its first and last words: «رمضان قوك» of «رمضان محمد عبد الله قوك»)
    const fuller = unknown.find((other) => other !== official && (other.name.startsWith(`${official.name} `) || withMiddleNames(official.name, other.name)) && (!official.country || !other.country || other.country === official.country || other.role === official.role));
    // a gazetteer person's name with a middle name inside («يويري كاغوتا موسيفيني» of «يويري موسيفيني») is that person
    const listed = officials.find((other) => (!official.country || other.country === official.country) && withMiddleName(official.name, [other.name, ...other.aliases]));
    if (listed) listed.aliases.push(official.name);
    else if (fuller) fuller.aliases.push(official.name);
    else officials.push(official);
  }
  return { officials, unconfirmed: [...unconfirmed].filter((name) => officials.some((official) => official.name === name)), withoutCountry, visitSeries, mourned };
}

/** Whether a name of two words is a longer one's first and last words, its middle names left out («رمضان قوك», «رمضان محمد عبد الله قوك»). */
function withMiddleNames(short: string, full: string): boolean {
  const shortWords = short.split(' ');
  const fullWords = full.split(' ');
  return shortWords.length === 2 && fullWords.length > 2 && fullWords[0] === shortWords[0] && fullWords.at(-1) === shortWords[1];
}

/** Whether a title read in a sentence is a woman's: an office by its role («وزيرة الخارجية»), a delegation's lead by its verb as written («وترأست الجانب»). */
function isWomansTitle(sentence: Sentence, title: PhraseMatch<string>): boolean {
  return title.value === DELEGATION_HEAD_ROLE ? isFeminineLead(originalSpelling(sentence, sentence.tokens[title.start]!.start, sentence.tokens[title.end - 1]!.end)) : isFeminineTitle(title.value);
}

/** How many words after a name its office in apposition may mark it late («X، رئيس الوزراء الراحل»). */
const APPOSITION_REACH = 6;

/** How many words («عدد من») may stand between a word of attendance and the people it names. */
const ATTENDANCE_REACH = 3;
/** Whether a word of attendance («بحضور», «حضره») stands in the few words before token `at`. */
function attendedBy(sentence: Sentence, at: number): boolean {
  return attendanceWordsIn(sentence).some((match) => match.end <= at && at - match.end <= ATTENDANCE_REACH);
}

/** How many words of a portfolio may stand between an office and the form of address after it. */
const PORTFOLIO_WORDS = 4;

/** Whether a folded word is a stop-word, a common word or a word of the talks: no family name. */
function isWordOfTables(norm: string): boolean {
  return isStopword(norm) || isCommonWord(norm) || isCueWord(norm);
}

/**
 * Whether the word before token `at` is a given or father's name, with no comma between: one of the gazetteer's
 * («عبدالعزيز», «عبد العزيز»), or a word no table knows, without the article and no title's («عواد بن صالح العواد»).
 */
function isNameWordBefore(sentence: Sentence, at: number): boolean {
  const before = sentence.tokens[at - 1]?.norm;
  if (before === undefined || commaBetween(sentence, at - 1, at)) return false;
  if (!GAZETTEER_NAME_WORDS.has(before)) return before.length >= 3 && !before.startsWith('ال') && !isWordOfTables(before) && !matchPhraseAt(titleIndex, sentence.tokens, at - 1) && !/^\d/.test(before);
  return !before.startsWith('ال') || sentence.tokens[at - 2]?.norm === 'عبد';
}

/** The officials who can have taken part in a meeting of `parties`: a person of a country merely mentioned (a third country's minister quoted in the body) did not. */
export function officialsOfParties(officials: Official[], parties: string[]): Official[] {
  return officials.filter((official) => !official.country || parties.includes(official.country));
}
